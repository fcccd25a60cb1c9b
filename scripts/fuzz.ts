/**
 * npm run fuzz -- [--count N] [--seed S] [--concurrency C]
 * Breaks the project's PDFs and DOCX files in many ways and reads each through the real intake; prints a JSON
 * summary: inputs, results by error code, the slowest inputs, crashes, empty reports and peak memory.
 * Exit status 1 when any input crashed, produced an empty report or ran past the parse timeout.
 */
import { env } from "../lib/env";
import { fuzz } from "../lib/eval/fuzz";
import { fuzzSeeds } from "../lib/eval/testing/seeds";
import { readerOptions } from "../lib/reader-options";

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at === -1 ? fallback : Number(process.argv[at + 1]);
  if (!Number.isInteger(value) || value < 1) {
    console.error(`usage: npm run fuzz -- [--count N] [--seed S] [--concurrency C] (bad --${name})`);
    process.exit(2);
  }
  return value;
}

const count = option("count", 500);
const seed = option("seed", 1);
const concurrency = option("concurrency", env.PARSE_WORKERS);

const seeds = await fuzzSeeds();
const report = await fuzz(seeds, count, { seed, concurrency });
await readerOptions().pool.close();
const overTime = report.slowest.filter((outcome) => outcome.ms > env.PARSE_TIMEOUT_MS + 5_000);
console.log(
  JSON.stringify(
    {
      seeds: seeds.length,
      workers: concurrency,
      heapMb: env.PARSE_WORKER_HEAP_MB,
      timeoutMs: env.PARSE_TIMEOUT_MS,
      replacedWorkers: readerOptions().pool.replaced,
      ...report,
    },
    null,
    2,
  ),
);
process.exit(report.crashes.length + report.emptyReports.length + overTime.length > 0 ? 1 : 0);
