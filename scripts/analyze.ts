/**
 * npm run --silent analyze -- [--json] [--text] [--posting] [--as-of YYYY-MM-DD] [--market SNAPSHOT.json] FILE...
 * Analyzes resumes (or job postings) with the same lib/ functions as the web app; no server or database needed.
 * --as-of fixes the day "present" in date ranges means, so a batch run gives the same seniority on any day.
 * --market measures against a snapshot file (one market:build wrote) instead of the bundled one.
 */
import { readFile } from "node:fs/promises";
import { readSnapshotFile, BUNDLED_SNAPSHOT_PATH } from "../lib/market/load";
import { analyze } from "../lib/report/analyze";
import { toAnalyzeJson } from "../lib/report/cli-json";
import { formatPercent, formatUsd } from "../lib/report/format";
import { AppError } from "../lib/errors";
import { readerOptions } from "../lib/reader-options";
import { readResume } from "../lib/resume/read";
import { extractPostingSkills, toPostingJson } from "../lib/skills/posting";

const USAGE = "usage: npm run --silent analyze -- [--json] [--text] [--posting] [--as-of YYYY-MM-DD] [--market SNAPSHOT.json] FILE...";
const args = process.argv.slice(2);
let marketFile = BUNDLED_SNAPSHOT_PATH;
const marketAt = args.findIndex((arg) => arg === "--market" || arg.startsWith("--market="));
if (marketAt >= 0) {
  const value = args[marketAt]!.includes("=") ? args[marketAt]!.split("=").slice(1).join("=") : args[marketAt + 1];
  if (!value || value.startsWith("--")) {
    console.error(`--market needs a snapshot file, such as one npm run market:build wrote.\n${USAGE}`);
    process.exit(2);
  }
  marketFile = value;
  args.splice(marketAt, args[marketAt]!.includes("=") ? 1 : 2);
}
let asOf: Date | undefined;
const asOfAt = args.findIndex((arg) => arg === "--as-of" || arg.startsWith("--as-of="));
if (asOfAt >= 0) {
  const value = args[asOfAt]!.includes("=") ? args[asOfAt]!.split("=")[1]! : args[asOfAt + 1];
  asOf = value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : undefined;
  if (!asOf || Number.isNaN(asOf.getTime())) {
    console.error(`--as-of needs a date written YYYY-MM-DD, such as 2026-12-01.\n${USAGE}`);
    process.exit(2);
  }
  args.splice(asOfAt, args[asOfAt]!.includes("=") ? 1 : 2);
}
const flags = new Set(args.filter((arg) => arg.startsWith("--")));
const files = args.filter((arg) => !arg.startsWith("--"));
const unknown = [...flags].filter((flag) => !["--json", "--text", "--posting"].includes(flag));
if (files.length === 0 || unknown.length > 0) {
  console.error(USAGE);
  process.exit(2);
}

let snapshot: ReturnType<typeof readSnapshotFile>;
try {
  snapshot = readSnapshotFile(marketFile);
} catch (error) {
  console.error(
    `${marketFile}: not a market snapshot this can measure against (${error instanceof Error ? error.message.split("\n")[0] : String(error)}).`,
  );
  process.exit(2);
}
let failed = false;

for (const file of files) {
  try {
    const resume = await readResume({ kind: "file", bytes: new Uint8Array(await readFile(file)) }, readerOptions());
    if (flags.has("--posting")) {
      const asked = extractPostingSkills(resume.text);
      console.log(
        flags.has("--json")
          ? JSON.stringify(toPostingJson(file, asked))
          : `${file}: ${asked.map((s) => `${s.id} (${s.level})`).join(", ") || "no skills"}`,
      );
      continue;
    }
    const report = analyze(resume, snapshot, { now: asOf });
    if (flags.has("--json")) {
      console.log(JSON.stringify(toAnalyzeJson(file, report, flags.has("--text") ? resume.text : undefined)));
    } else {
      console.log(
        `${file}: ${report.tier.label} (${formatUsd(report.tier.medianUsd, report.tier.currency)}), ${report.seniority.level}, coverage ${formatPercent(report.coverage.score)}`,
      );
      console.log(`  measured against: ${report.snapshot.title} (${report.snapshot.postings.toLocaleString("en-US")} postings)`);
      console.log(`  skills: ${report.skills.map((skill) => skill.id).join(", ") || "none"}`);
      console.log(
        `  missing: ${report.missing
          .slice(0, 5)
          .map((gap) => gap.id)
          .join(", ")}`,
      );
    }
  } catch (error) {
    failed = true;
    const coded = error instanceof AppError ? error : null;
    const code = coded?.code ?? (isNotFound(error) ? "not-found" : "internal");
    const message = coded?.message ?? (isNotFound(error) ? "No such file." : String(error));
    if (flags.has("--json")) console.log(JSON.stringify({ file, error: { code, message } }));
    else console.error(`${file}: ${code}: ${message}`);
  }
}
process.exit(failed ? 1 : 0);

function isNotFound(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === "ENOENT";
}
