import { AppError, isReadErrorCode, type ReadErrorCode } from "../errors";
import { readerOptions } from "../reader-options";
import { readResume, type ResumeInput } from "../resume/read";
import { pathologicalTexts } from "./pathological";
import { docxOf } from "./testing/make-files";
import { MUTATION_NAMES, MUTATIONS, seeded } from "./testing/mutate";

export interface FuzzSeed {
  name: string;
  bytes: Uint8Array;
}

export interface FuzzOutcome {
  input: string;
  mutation: string;
  /** "ok" (a resume with text), a resume error code, or "crash" (anything else thrown: a bug). */
  result: "ok" | ReadErrorCode | "crash";
  ms: number;
  detail?: string;
}

export interface FuzzReport {
  inputs: number;
  byResult: Record<string, number>;
  slowest: FuzzOutcome[];
  crashes: FuzzOutcome[];
  /** Results that claimed success but carried no text: must stay empty. */
  emptyReports: FuzzOutcome[];
  peakRssMb: number;
  ms: number;
}

/** Broken inputs made from the seeds, round-robin over seeds and mutations, reproducible from `seed`. */
export function* brokenInputs(
  seeds: FuzzSeed[],
  count: number,
  seed = 1,
): Generator<{ name: string; mutation: string; bytes: Uint8Array }> {
  const random = seeded(seed);
  for (let i = 0; i < count; i++) {
    // Every mutation in turn, moving to the next seed after each round: all pairs appear within seeds × mutations.
    const mutation = MUTATION_NAMES[i % MUTATION_NAMES.length]!;
    const source = seeds[Math.floor(i / MUTATION_NAMES.length) % seeds.length]!;
    yield { name: `${source.name}#${i}`, mutation, bytes: MUTATIONS[mutation]!(source.bytes, random) };
  }
}

/**
 * Reads every broken input through the real intake (worker pool, limits, checks) with `concurrency` in flight,
 * and records what each produced and how long it took. OCR stays off: a fuzzed scan would spend its budget on
 * recognising noise, and the OCR path is tested on its own.
 */
export async function fuzz(seeds: FuzzSeed[], count: number, options: { concurrency?: number; seed?: number } = {}): Promise<FuzzReport> {
  const started = Date.now();
  const outcomes: FuzzOutcome[] = [];
  const inputs = brokenInputs(seeds, count, options.seed ?? 1);
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
  const lane = async () => {
    for (let next = inputs.next(); !next.done; next = inputs.next()) {
      const { name, mutation, bytes } = next.value;
      const t0 = Date.now();
      const outcome = await readOutcome({ kind: "file", bytes }, readerOptions({ ocr: false }));
      outcomes.push({ input: name, mutation, ...outcome, ms: Date.now() - t0 });
    }
  };
  try {
    await Promise.all(Array.from({ length: options.concurrency ?? 2 }, lane));
  } finally {
    clearInterval(sampler);
  }
  return {
    ...tally(outcomes),
    crashes: outcomes.filter((outcome) => outcome.result === "crash"),
    emptyReports: outcomes.filter((outcome) => outcome.result === "ok" && outcome.detail === "empty text"),
    peakRssMb: Math.round(peakRss / 1024 / 1024),
    ms: Date.now() - started,
  };
}

export interface TextFuzzReport {
  inputs: number;
  byResult: Record<string, number>;
  /** The slowest inputs, each read in the pool from the web process's side (queueing included). */
  slowest: FuzzOutcome[];
  crashes: FuzzOutcome[];
  ms: number;
}

/**
 * Reads every pathological text (pathological.ts) pasted, as a .txt file and as a .docx file, one at a time so
 * each time is that input's own work in a worker (the pool is warmed first: loading the pipeline is not work).
 */
export async function fuzzText(chars = 90_000): Promise<TextFuzzReport> {
  const started = Date.now();
  const options = readerOptions({ ocr: false });
  await readResume({ kind: "text", text: WARM_UP }, options);
  const outcomes: FuzzOutcome[] = [];
  for (const { name, text } of pathologicalTexts(chars)) {
    const inputs: [string, () => Promise<ResumeInput>][] = [
      ["pasted", async () => ({ kind: "text", text })],
      ["txt", async () => ({ kind: "file", bytes: new TextEncoder().encode(text) })],
      ["docx", async () => ({ kind: "file", bytes: await docxOf(text) })],
    ];
    for (const [mutation, make] of inputs) {
      const input = await make();
      const t0 = performance.now();
      const outcome = await readOutcome(input, options);
      outcomes.push({ input: name, mutation, ...outcome, ms: Math.round(performance.now() - t0) });
    }
  }
  return {
    ...tally(outcomes),
    crashes: outcomes.filter((outcome) => outcome.result === "crash" || outcome.detail === "empty text"),
    ms: Date.now() - started,
  };
}

/** Reads one input: "ok" (noting an empty text), the coded read error it was refused with, or a crash with its stack. */
async function readOutcome(input: ResumeInput, options: ReturnType<typeof readerOptions>): Promise<Pick<FuzzOutcome, "result" | "detail">> {
  try {
    const resume = await readResume(input, options);
    return resume.text.trim().length === 0 ? { result: "ok", detail: "empty text" } : { result: "ok" };
  } catch (error) {
    if (error instanceof AppError && isReadErrorCode(error.code)) return { result: error.code };
    return { result: "crash", detail: String((error as Error)?.stack ?? error).slice(0, 500) };
  }
}

/** How many inputs ended each way, and the slowest five. */
function tally(outcomes: FuzzOutcome[]) {
  const byResult: Record<string, number> = {};
  for (const outcome of outcomes) byResult[outcome.result] = (byResult[outcome.result] ?? 0) + 1;
  return { inputs: outcomes.length, byResult, slowest: [...outcomes].sort((a, b) => b.ms - a.ms).slice(0, 5) };
}

const WARM_UP =
  "Machine Learning Engineer building retrieval-augmented generation with LangChain and PyTorch models for production search.";
