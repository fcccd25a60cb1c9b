/**
 * npm run bench:market — how fast market:build counts postings, beside the posting extractor alone in the same
 * run, and the peak memory at two posting counts, each in its own process (flat in the count when the build streams).
 *
 * Both sides see the same postings from a seeded generator (lib/eval/market-postings.ts). The floor is the very
 * extractor the build calls (lib/skills/posting.ts) over the generated texts held in memory. The build is what
 * `npm run market:build` runs (countPostings over postingsFromPaths into a SnapshotBuilder), reading the same
 * postings back from a CSV export and from a JSON Lines export written to a temporary folder: reading, parsing,
 * duplicate detection, salary parsing and counting are all on its clock. Goal: build rate ≥ 0.8 × extractor rate.
 *
 * Timing is CPU time, and on a shared machine even that swings from second to second (other processes take the
 * caches and the other hyperthread), more than the difference measured. So the two sides take turns in slices:
 * while a build runs, every 640 postings it has counted it pauses (countPostings' progress hook, awaited) and the
 * extractor alone reads the next 640 generated postings on its own clock; the build's CPU time is the round's total
 * less the extractor's. Each side thus sees the same machine within a tenth of a second. A round is one whole build
 * of one export; the figure is the median of the rounds' build ÷ extractor ratios.
 */
import { execFileSync } from "node:child_process";
import { createWriteStream, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { generatePostings } from "../lib/eval/market-postings";
import { countPostings, postingsFromPaths } from "../lib/market-input";
import { type PostingRecord, SnapshotBuilder } from "../lib/market/build";
import { catalogOf } from "../lib/market/catalog";
import { BUNDLED_SNAPSHOT_PATH, readSnapshotFile } from "../lib/market/load";
import { extractForMarket } from "../lib/market/posting-skills";
import { extractPostingSkills } from "../lib/skills/posting";

const COUNT = 20_000;
const RSS_COUNTS = [5_000, 20_000];
const GOAL = 0.8;
const ROUNDS = 5;
/** Postings the extractor alone reads in each pause of a build: about a tenth of a second. */
const SLICE = 640;

const published = readSnapshotFile(BUNDLED_SNAPSHOT_PATH);
const builderFor = () =>
  new SnapshotBuilder({
    id: "bench",
    title: "Bench",
    source: "generated",
    extract: extractForMarket,
    ...catalogOf(published),
    fallbackSalary: published.salary,
  });

/** One streamed build of a file, as market:build runs it. */
async function buildFrom(file: string) {
  const builder = builderFor();
  await countPostings(postingsFromPaths([file]), builder, { unreadable: (failure) => console.error(failure) });
  return builder.finish();
}

const child = process.argv.indexOf("--child");
if (child >= 0) {
  // One streamed build of one export file: nothing but the builder's own state is kept.
  const snapshot = await buildFrom(process.argv[child + 1]!);
  console.log(JSON.stringify({ postings: snapshot.postings, maxRssKb: process.resourceUsage().maxRSS }));
  process.exit(0);
}

const csvField = (value: string | undefined) => `"${(value ?? "").replace(/"/g, '""')}"`;
const FIELDS = ["text", "title", "location", "industry", "date"] as const;

/** Writes postings as a CSV export and a JSON Lines export, streaming (the generator keeps nothing either). */
async function writeExports(dir: string, name: string, postings: Iterable<PostingRecord>) {
  const csv = createWriteStream(path.join(dir, `${name}.csv`));
  const jsonl = createWriteStream(path.join(dir, `${name}.jsonl`));
  csv.write(`${FIELDS.join(",")}\n`);
  for (const posting of postings) {
    csv.write(`${FIELDS.map((field) => csvField(posting[field])).join(",")}\n`);
    jsonl.write(`${JSON.stringify(Object.fromEntries(FIELDS.map((field) => [field, posting[field]])))}\n`);
  }
  await Promise.all([new Promise((resolve) => csv.end(resolve)), new Promise((resolve) => jsonl.end(resolve))]);
  return { csv: path.join(dir, `${name}.csv`), jsonl: path.join(dir, `${name}.jsonl`) };
}

const dir = mkdtempSync(path.join(tmpdir(), "bench-market-"));
try {
  const postings = [...generatePostings(COUNT)];
  const files = await writeExports(dir, "postings", postings);
  // What the generator planted: re-posts (the same text again) and cross-posts (another board's header on top).
  const texts = new Set<string>();
  let reposts = 0;
  for (const { text } of postings) {
    if (texts.has(text)) reposts++;
    texts.add(text);
  }
  const crossPosts = postings.filter(({ text }) => text.startsWith("Found on JobBoard")).length;
  // Every path is warmed up (compiled by the JIT) before it is timed.
  for (const posting of postings.slice(0, 300)) extractPostingSkills(posting.text);
  const warmFiles = await writeExports(dir, "warm", postings.slice(0, 300));
  await buildFrom(warmFiles.csv);
  await buildFrom(warmFiles.jsonl);

  let sink = 0;
  let duplicates = "";
  /**
   * One round: a whole build of one export, the extractor alone taking a slice of postings in each of its pauses.
   * Returns postings per CPU second of each side.
   */
  const round = async (format: "csv" | "jsonl") => {
    let extractorMicros = 0;
    let next = 0;
    const extractSlice = () => {
      const start = process.cpuUsage();
      for (const stop = Math.min(next + SLICE, COUNT); next < stop; next++) sink += extractPostingSkills(postings[next]!.text).length;
      const used = process.cpuUsage(start);
      extractorMicros += used.user + used.system;
    };
    const builder = builderFor();
    const start = process.cpuUsage();
    await countPostings(postingsFromPaths([files[format]]), builder, {
      unreadable: (failure) => console.error(failure),
      progress: (read) => (read % SLICE === 0 ? extractSlice() : undefined),
    });
    const snapshot = builder.finish();
    const used = process.cpuUsage(start);
    while (next < COUNT) extractSlice();
    sink += snapshot.postings;
    duplicates = `${snapshot.build!.postingsRead} read, ${snapshot.build!.exactDuplicates} exact and ${snapshot.build!.nearDuplicates} near duplicates dropped, ${snapshot.postings} counted`;
    const buildMicros = used.user + used.system - extractorMicros;
    return { extractor: COUNT / (extractorMicros / 1e6), build: COUNT / (buildMicros / 1e6) };
  };
  const rounds = { csv: [] as { extractor: number; build: number }[], jsonl: [] as { extractor: number; build: number }[] };
  for (let index = 0; index < ROUNDS; index++) {
    for (const format of index % 2 === 0 ? (["csv", "jsonl"] as const) : (["jsonl", "csv"] as const)) {
      rounds[format].push(await round(format));
    }
  }
  const median = (xs: number[]) => {
    const sorted = [...xs].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  };
  /** Each round's build rate over the extractor rate measured in the same round's pauses. */
  const paired = (format: "csv" | "jsonl") => rounds[format].map(({ extractor, build }) => build / extractor);
  const ratio = Math.min(median(paired("csv")), median(paired("jsonl")));

  const self = fileURLToPath(import.meta.url);
  const rss = [];
  for (const count of RSS_COUNTS) {
    const { csv } = await writeExports(dir, `rss-${count}`, generatePostings(count));
    const out = execFileSync(process.execPath, [...process.execArgv, self, "--child", csv], { encoding: "utf8" });
    rss.push({ count, ...(JSON.parse(out.trim().split("\n").pop()!) as { postings: number; maxRssKb: number }) });
  }

  console.log(`${COUNT.toLocaleString("en-US")} generated postings, ${reposts} re-posts and ${crossPosts} cross-posts planted`);
  console.log(`build: ${duplicates}; ${ROUNDS} rounds per format, CPU time, the extractor alone in slices of ${SLICE} between`);
  for (const format of ["csv", "jsonl"] as const) {
    const formatRounds = rounds[format];
    console.log(
      `market build from ${format.padEnd(5)}: ${median(formatRounds.map((rate) => rate.build)).toFixed(0)} postings/s beside the extractor alone ` +
        `${median(formatRounds.map((rate) => rate.extractor)).toFixed(0)} postings/s (medians); ` +
        `rounds ${paired(format)
          .map((r) => r.toFixed(2))
          .join(" ")} × the extractor, median ${median(paired(format)).toFixed(2)}`,
    );
  }
  for (const { count, maxRssKb } of rss)
    console.log(
      `peak RSS, streamed build of ${count.toLocaleString("en-US").padStart(6)} postings (csv): ${(maxRssKb / 1024).toFixed(0)} MB`,
    );
  const growth = rss[1]!.maxRssKb / rss[0]!.maxRssKb;
  console.log(`peak RSS at ${RSS_COUNTS[1]! / RSS_COUNTS[0]!}× the postings: ${growth.toFixed(2)}×`);
  console.log(`slower format (median round): ${ratio.toFixed(2)} × the extractor  ${ratio >= GOAL ? "✓" : "✗"} goal ≥ ${GOAL}`);
  if (sink < 0) console.log(sink);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
