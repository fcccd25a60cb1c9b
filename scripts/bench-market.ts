/**
 * npm run bench:market — how fast market:build counts postings, beside the posting extractor alone in the same
 * run (the floor: building adds duplicate detection, salary parsing and counting on top), and the peak memory at
 * two posting counts, each in its own process (flat in the count when the build streams).
 * Postings come from a seeded generator (lib/eval/market-postings.ts). Goal: build rate ≥ 0.8 × extractor rate.
 */
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { generatePostings } from "../lib/eval/market-postings";
import { SnapshotBuilder } from "../lib/market/build";
import { catalogOf } from "../lib/market/catalog";
import { BUNDLED_SNAPSHOT_PATH, readSnapshotFile } from "../lib/market/load";
import { extractForMarket } from "../lib/market/posting-skills";

const COUNT = 20_000;
const RSS_COUNTS = [5_000, 20_000];
const GOAL = 0.8;
const ROUNDS = 3;

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

const child = process.argv.indexOf("--child");
if (child >= 0) {
  // One streamed build of N postings: nothing but the builder's own state is kept.
  const count = Number(process.argv[child + 1]);
  const builder = builderFor();
  for (const posting of generatePostings(count)) builder.add(posting);
  const snapshot = builder.finish();
  console.log(JSON.stringify({ count, postings: snapshot.postings, maxRssKb: process.resourceUsage().maxRSS }));
  process.exit(0);
}

/** CPU seconds (user + system) a function takes: on a shared machine, wall time counts other processes' turns. */
function cpuSeconds(run: () => void): number {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

const postings = [...generatePostings(COUNT)];
// What the generator planted: re-posts (the same text again) and cross-posts (another board's header on top).
const texts = new Set<string>();
let reposts = 0;
for (const { text } of postings) {
  if (texts.has(text)) reposts++;
  texts.add(text);
}
const crossPosts = postings.filter(({ text }) => text.startsWith("Found on JobBoard")).length;
// Both paths are warmed up (compiled by the JIT) before they are timed.
for (const posting of postings.slice(0, 300)) extractForMarket(posting.text);
const warm = builderFor();
for (const posting of postings.slice(0, 300)) warm.add(posting);
warm.finish();

let sink = 0;
const extractor: number[] = [];
const build: number[] = [];
let duplicates = "";
for (let round = 0; round < ROUNDS; round++) {
  extractor.push(
    COUNT /
      cpuSeconds(() => {
        for (const posting of postings) sink += extractForMarket(posting.text).length;
      }),
  );
  build.push(
    COUNT /
      cpuSeconds(() => {
        const builder = builderFor();
        for (const posting of postings) builder.add(posting);
        const snapshot = builder.finish();
        sink += snapshot.postings;
        duplicates = `${snapshot.build!.exactDuplicates} exact and ${snapshot.build!.nearDuplicates} near duplicates dropped, ${snapshot.postings} counted`;
      }),
  );
}
const best = (xs: number[]) => Math.max(...xs);
const ratio = best(build) / best(extractor);

const self = fileURLToPath(import.meta.url);
const rss = RSS_COUNTS.map((count) => {
  const out = execFileSync(process.execPath, [...process.execArgv, self, "--child", String(count)], { encoding: "utf8" });
  return JSON.parse(out.trim().split("\n").pop()!) as { count: number; postings: number; maxRssKb: number };
});

console.log(`${COUNT.toLocaleString("en-US")} generated postings, ${reposts} re-posts and ${crossPosts} cross-posts planted`);
console.log(`build: ${duplicates}; best of ${ROUNDS} rounds, CPU time`);
console.log(`posting extractor alone: ${best(extractor).toFixed(0)} postings/s`);
console.log(`market build:            ${best(build).toFixed(0)} postings/s  (${ratio.toFixed(2)} × the extractor; goal ≥ ${GOAL})`);
for (const { count, maxRssKb } of rss)
  console.log(`peak RSS, streamed build of ${count.toLocaleString("en-US").padStart(6)} postings: ${(maxRssKb / 1024).toFixed(0)} MB`);
const growth = rss[1]!.maxRssKb / rss[0]!.maxRssKb;
console.log(`peak RSS at ${RSS_COUNTS[1]! / RSS_COUNTS[0]!}× the postings: ${growth.toFixed(2)}×  ${ratio >= GOAL ? "✓" : "✗"} speed goal`);
if (sink < 0) console.log(sink);
