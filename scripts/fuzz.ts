/**
 * npm run fuzz -- [--count N] [--seed S] [--concurrency C] [--text-chars N]
 * Reads pathological text (lib/eval/pathological.ts: 90,000-character runs, repeated separators, deep Unicode)
 * pasted, as .txt and as .docx, then breaks the project's PDFs and DOCX files in many ways and reads each through
 * the real intake; prints a JSON summary: inputs, results by error code, the slowest inputs (and the slowest
 * pathological text against its 0.5 s goal), crashes, empty reports and peak memory.
 * Exit status 1 when any input crashed, produced an empty report or ran past the parse timeout.
 */
import { env } from "../lib/env";
import { fuzz, fuzzText } from "../lib/eval/fuzz";
import { fuzzSeeds } from "../lib/eval/testing/seeds";
import { readerOptions } from "../lib/reader-options";

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at === -1 ? fallback : Number(process.argv[at + 1]);
  if (!Number.isInteger(value) || value < 1) {
    console.error(`usage: npm run fuzz -- [--count N] [--seed S] [--concurrency C] [--text-chars N] (bad --${name})`);
    process.exit(2);
  }
  return value;
}

/** Every pathological text should be answered within this much work in a worker. */
const TEXT_GOAL_MS = 500;

const count = option("count", 500);
const seed = option("seed", 1);
const concurrency = option("concurrency", env.PARSE_WORKERS);

const text = await fuzzText(option("text-chars", 90_000));
const seeds = await fuzzSeeds();
const report = await fuzz(seeds, count, { seed, concurrency });
await readerOptions().pool.close();
const slowestText = text.slowest[0];
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
      text: {
        ...text,
        slowestMs: slowestText?.ms ?? 0,
        slowestInput: slowestText ? `${slowestText.input} (${slowestText.mutation})` : null,
        goalMs: TEXT_GOAL_MS,
        goalMet: (slowestText?.ms ?? 0) < TEXT_GOAL_MS,
      },
    },
    null,
    2,
  ),
);
console.error(
  `pathological text: ${text.inputs} inputs, slowest ${slowestText?.ms ?? 0} ms (${slowestText?.input}, ${slowestText?.mutation}); goal < ${TEXT_GOAL_MS} ms`,
);
process.exit(report.crashes.length + report.emptyReports.length + overTime.length + text.crashes.length > 0 ? 1 : 0);
