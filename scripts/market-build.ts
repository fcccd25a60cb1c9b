/**
 * npm run market:build -- --title "AI Engineer postings, Berlin, Oct 2026" [--out FILE] [--id ID] [--source TEXT]
 *                         [--currency EUR] FILE_OR_FOLDER…
 * Counts a market snapshot from the postings you collected: one file per posting (.txt, .md, .pdf, .docx, .html) or
 * exports with one posting per row (.csv, .jsonl) with a text column and optional title, location, country,
 * seniority, salary, date and industry columns. Streams (memory stays flat), shows progress on stderr, reports each
 * unreadable file or row with its code and goes on, drops exact and near duplicates. The snapshot JSON goes to
 * --out or standard output; `npm run market:import FILE` loads it.
 */
import { createWriteStream } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { countPostings, postingsFromPaths } from "../lib/market-input";
import { SnapshotBuilder } from "../lib/market/build";
import { catalogOf } from "../lib/market/catalog";
import { BUNDLED_SNAPSHOT_PATH, readSnapshotFile } from "../lib/market/load";
import { extractForMarket } from "../lib/market/posting-skills";
import { APP_ERRORS } from "../lib/errors";

const USAGE = 'usage: npm run market:build -- --title "…" [--out FILE] [--id ID] [--source TEXT] [--currency EUR] FILE_OR_FOLDER…';

let args: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    allowPositionals: true,
    options: {
      title: { type: "string" },
      out: { type: "string" },
      id: { type: "string" },
      source: { type: "string" },
      currency: { type: "string" },
      quiet: { type: "boolean", default: false },
    },
  });
}
try {
  args = parse();
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  process.exit(2);
}
const { values, positionals } = args;
if (!values.title || positionals.length === 0) {
  console.error(USAGE);
  process.exit(2);
}
const currency = values.currency?.toUpperCase();
if (currency !== undefined && !/^[A-Z]{3}$/.test(currency)) {
  console.error(`--currency takes an ISO 4217 code such as USD or EUR, not "${values.currency}".`);
  process.exit(2);
}

const now = new Date();
const slug = values.title
  .toLowerCase()
  .normalize("NFKD")
  .replace(/[^a-z0-9]+/g, "-")
  .replace(/^-|-$/g, "")
  .slice(0, 60);
// Snapshots are never edited in place, so each build gets its own id: the title and the minute it was built.
const id = values.id ?? `${slug || "market"}-${now.toISOString().slice(0, 16).replace(/[-:T]/g, "")}`;
if (!/^[a-z0-9-]+$/.test(id)) {
  console.error(`--id may hold only lower-case letters, digits and hyphens, not "${id}".`);
  process.exit(2);
}

const published = readSnapshotFile(BUNDLED_SNAPSHOT_PATH);
const builder = new SnapshotBuilder({
  id,
  title: values.title,
  source: values.source ?? `Postings from ${positionals.map((p) => path.basename(p)).join(", ")}, counted with npm run market:build`,
  extract: extractForMarket,
  ...catalogOf(published),
  fallbackSalary: published.salary,
  defaultCurrency: currency,
  now: () => now,
});

const tty = process.stderr.isTTY && !values.quiet;
// A terminal redraws one line five times a second; a log gets a line every five seconds.
const PROGRESS_MS = tty ? 200 : 5000;
let lastProgress = performance.now();
const progress = (final = false) => {
  if (values.quiet) return;
  const line = `${builder.counted.toLocaleString("en-US")} postings counted · ${(builder.exactDuplicates + builder.nearDuplicates).toLocaleString("en-US")} duplicates dropped · ${builder.unreadable.toLocaleString("en-US")} unreadable`;
  if (tty) process.stderr.write(`\r${line}${final ? "\n" : ""}`);
  else process.stderr.write(`${line}\n`);
};

const started = performance.now();
await countPostings(postingsFromPaths(positionals), builder, {
  unreadable: (result) => {
    if (tty) process.stderr.write("\r\u001b[K");
    const known = result.error in APP_ERRORS;
    console.error(`${result.where}: ${result.error}: ${known ? result.message : APP_ERRORS.corrupt.message}`);
  },
  progress: () => {
    if (performance.now() - lastProgress < PROGRESS_MS) return;
    lastProgress = performance.now();
    progress();
  },
});
progress(true);

let snapshot: ReturnType<SnapshotBuilder["finish"]>;
try {
  snapshot = builder.finish();
} catch (error) {
  console.error(`no-postings: ${APP_ERRORS["no-postings"].message} (${error instanceof Error ? error.message : String(error)})`);
  process.exit(1);
}

const json = `${JSON.stringify(snapshot, null, 2)}\n`;
if (values.out) {
  await new Promise<void>((resolve, reject) => {
    const out = createWriteStream(values.out!);
    out.on("error", reject);
    out.end(json, resolve);
  });
} else process.stdout.write(json);

const seconds = (performance.now() - started) / 1000;
console.error(
  `Built ${snapshot.id}: ${snapshot.postings.toLocaleString("en-US")} postings counted in ${seconds.toFixed(1)} s ` +
    `(${snapshot.build!.postingsRead.toLocaleString("en-US")} read; ${snapshot.build!.exactDuplicates} exact and ` +
    `${snapshot.build!.nearDuplicates} near duplicates dropped; ${builder.unreadable} unreadable).` +
    (values.out ? `\nWrote ${values.out}. Load it with: npm run market:import ${values.out}` : ""),
);
