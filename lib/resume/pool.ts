import { existsSync } from "node:fs";
import path from "node:path";
import { setFlagsFromString } from "node:v8";
import { Worker } from "node:worker_threads";
import { AppError, errorCodeSchema } from "../errors";
import type { ReadJob, ReadJobResult } from "./pipeline";

/** What the worker sends back for each job kind (see parse-worker.mjs). */
export interface PdfItem {
  s: string;
  x: number;
  y: number;
  w: number;
  h: number;
  eol: boolean;
}
export interface PdfPage {
  width: number;
  height: number;
  items: PdfItem[];
}
export type WorkerResult =
  /** `links`: the URIs of the PDF's link annotations (mailto:, tel:, web pages), which its text may not show. */
  | { kind: "pdf"; pages: PdfPage[]; links: string[] }
  | { kind: "docx"; text: string }
  | { kind: "ocr"; text: string; pages: number }
  | ReadJobResult;

/** The raw parser jobs, and the whole read (parser and text pipeline, pipeline.ts) in one job. */
export type WorkerJob = { kind: "pdf" | "docx" | "ocr"; bytes: Uint8Array; maxPages: number } | ReadJob;

/** What a job reports while it runs: OCR says which page it is reading, as pages take seconds each. */
export interface JobProgress {
  stage: "ocr";
  page: number;
  pages: number;
}

export interface RunOptions {
  onProgress?: (progress: JobProgress) => void;
  /** Aborting fails the job with `cancelled`; a job already running has its worker terminated, so the work stops. */
  signal?: AbortSignal;
}

interface Pending {
  id: number;
  job: WorkerJob;
  timeoutMs: number;
  resolve: (result: WorkerResult) => void;
  reject: (error: AppError) => void;
  onProgress?: (progress: JobProgress) => void;
  /** Fails the job if no worker frees up within its own time limit, so a burst of uploads cannot wait forever. */
  waiting: NodeJS.Timeout | null;
}

interface Slot {
  worker: Worker;
  current: Pending | null;
  timer: NodeJS.Timeout | null;
}

/**
 * The worker file is resolved from the working directory, not from this module's URL: under `next start` this
 * module lives in a bundled chunk, while the app (and the CLI, and vitest) always run from the repository root.
 */
export function workerFilePath(): string {
  const fromCwd = path.join(process.cwd(), "lib", "resume", "parse-worker.mjs");
  if (existsSync(fromCwd)) return fromCwd;
  throw new Error(`parse worker not found at ${fromCwd}: run SkillGap from its repository root`);
}

/**
 * A small, fixed pool of parser threads. Each has a heap cap; a job that runs past its time limit has its worker
 * terminated, and a worker that dies (out of memory, native crash) is dropped; either way a fresh worker takes the
 * next job, the caller gets a coded error, and the server keeps serving.
 *
 * The heap cap is best effort in Node (nodejs/node#47224): a few allocation shapes, such as one huge string,
 * abort the whole process instead of the worker. The size, page and zip-directory checks made before a file
 * reaches a worker keep inputs far from that edge.
 */
export class ParsePool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 1;
  /** Workers replaced after a timeout or crash, for tests and the fuzz report. */
  replaced = 0;

  constructor(
    private readonly size: number,
    private readonly heapMb: number,
    /** Load the text pipeline in each new worker at once, so the first read does not pay for it. */
    private readonly options: { warm?: boolean } = {},
  ) {}

  run(job: WorkerJob, timeoutMs: number, options: RunOptions = {}): Promise<WorkerResult> {
    const { signal, onProgress } = options;
    if (signal?.aborted) return Promise.reject(new AppError("cancelled"));
    return new Promise((resolve, reject) => {
      const abort = () => this.cancel(pending);
      const pending: Pending = {
        id: this.nextId++,
        job,
        timeoutMs,
        resolve: (result) => {
          signal?.removeEventListener("abort", abort);
          resolve(result);
        },
        reject: (error) => {
          signal?.removeEventListener("abort", abort);
          reject(error);
        },
        onProgress,
        waiting: null,
      };
      signal?.addEventListener("abort", abort, { once: true });
      this.queue.push(pending);
      this.dispatch();
      if (this.queue.includes(pending)) {
        pending.waiting = setTimeout(() => {
          this.queue.splice(this.queue.indexOf(pending), 1);
          reject(new AppError("timeout"));
        }, timeoutMs);
      }
    });
  }

  /** Starts every worker now (each warms up if the pool was made with `warm`), rather than on the first jobs. */
  prewarm(): void {
    while (this.slots.length < this.size) this.spawn();
  }

  /** A cancelled job leaves the queue, or, when running, takes its worker down with it. */
  private cancel(pending: Pending): void {
    const queued = this.queue.indexOf(pending);
    if (queued !== -1) {
      this.queue.splice(queued, 1);
      if (pending.waiting) clearTimeout(pending.waiting);
      pending.reject(new AppError("cancelled"));
      return;
    }
    const slot = this.slots.find((candidate) => candidate.current === pending);
    if (slot) this.retire(slot, "cancelled");
  }

  /** Stops every worker (the CLI and tests call this so the process can exit). */
  async close(): Promise<void> {
    const slots = this.slots.splice(0);
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      let slot = this.slots.find((candidate) => candidate.current === null);
      if (!slot && this.slots.length < this.size) slot = this.spawn();
      if (!slot) return;
      const pending = this.queue.shift()!;
      this.start(slot, pending);
    }
  }

  private spawn(): Slot {
    growHeapsTwofold();
    const options = {
      resourceLimits: {
        maxOldGenerationSizeMb: this.heapMb,
        // pdf.js's garbage dies young, but a nursery too small for one read's garbage promotes it and the old
        // generation pays: 2 workers after 600 reads of the bench file, CPU per read 60 ms with 8 MB, 51 ms with
        // 16 MB (interleaved runs, 2 each, and 2 earlier), for 18 MB more RSS (246 → 264 MB); 32 MB held 302 MB.
        maxYoungGenerationSizeMb: 16,
        stackSizeMb: 4,
      },
      // The worker is plain JavaScript that bundles the pipeline itself (parse-worker.mjs): started from a tsx
      // process (scripts, tests), it would otherwise inherit tsx's loader, a thread of its own per worker.
      execArgv: [],
    };
    // Turbopack rewrites a literal `new Worker(path)` into a bundled worker chunk, in which require.resolve of
    // the OCR model returns a module number; constructing it indirectly keeps the plain .mjs file.
    const worker: Worker = Reflect.construct(Worker, [workerFilePath(), options]);
    const slot: Slot = { worker, current: null, timer: null };
    worker.on(
      "message",
      (message: { id?: number; ok?: boolean; loaded?: boolean; result?: WorkerResult; code?: string; progress?: JobProgress }) => {
        const pending = slot.current;
        if (!pending || message.id !== pending.id) return;
        if (message.progress) {
          pending.onProgress?.(message.progress);
          return;
        }
        if (message.loaded) {
          // The worker has loaded the text pipeline (a fresh worker does so once): the job's time starts now.
          if (slot.timer) clearTimeout(slot.timer);
          slot.timer = setTimeout(() => this.retire(slot, "timeout"), pending.timeoutMs);
          return;
        }
        this.finish(slot);
        if (message.ok && message.result) pending.resolve(message.result);
        else {
          const code = errorCodeSchema.safeParse(message.code);
          pending.reject(new AppError(code.success ? code.data : "corrupt"));
        }
        this.dispatch();
      },
    );
    // A worker dies on out-of-memory or a native fault: its file was too hostile to open.
    worker.on("error", () => this.retire(slot, "corrupt"));
    worker.on("exit", () => this.retire(slot, "corrupt"));
    worker.unref();
    if (this.options.warm) worker.postMessage({ kind: "warm" });
    this.slots.push(slot);
    return slot;
  }

  private start(slot: Slot, pending: Pending): void {
    if (pending.waiting) clearTimeout(pending.waiting);
    slot.current = pending;
    slot.worker.ref();
    slot.timer = setTimeout(() => this.retire(slot, "timeout"), pending.timeoutMs);
    const bytes = pending.job.bytes.slice();
    slot.worker.postMessage({ ...pending.job, id: pending.id, bytes }, [bytes.buffer]);
  }

  private finish(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.current = null;
    slot.worker.unref();
  }

  /** Removes a worker that timed out or died; its job fails with `code`, and the next job gets a new worker. */
  private retire(slot: Slot, code: "timeout" | "corrupt" | "cancelled"): void {
    const index = this.slots.indexOf(slot);
    if (index === -1) return;
    this.slots.splice(index, 1);
    const pending = slot.current;
    this.finish(slot);
    this.replaced++;
    void slot.worker.terminate();
    pending?.reject(new AppError(code));
    this.dispatch();
  }
}

/**
 * Lets every heap of the process grow to twice what it held after a full collection before the next one. A parse
 * worker holds about 24 MB for good (the dictionary, pdf.js, the pipeline), and V8's own limit for it was only some
 * 30 % above that, so it collected its whole heap every few reads. Each of those collections also drops the
 * optimized code of pdf.js's text extraction (functions it creates anew for every getTextContent call, whose code
 * lives only as long as one of them does), which V8's compiler threads then build again: in the bench:upload
 * server after warm-up, those threads spent 19–23 ms of CPU per upload, 80 % of it compiling (perf). Growing
 * twofold: half the full collections, a third fewer compilations, 16 ms per upload, at about the same RSS (each
 * worker's heap peaks some 7 MB higher, the main thread's, which V8 let grow to 2.3 times, some 13 MB lower).
 * A V8 flag is process-wide, so it is set once, before the first worker starts.
 */
let heapGrowthSet = false;
function growHeapsTwofold(): void {
  if (heapGrowthSet) return;
  heapGrowthSet = true;
  setFlagsFromString("--heap-growing-percent=100");
}

const globalPool = globalThis as unknown as { skillgapParsePool?: ParsePool };

/**
 * The process-wide pool, made on first use with the caller's size and heap cap (kept on globalThis so development
 * reloads do not leak workers).
 */
export function sharedParsePool(size: number, heapMb: number): ParsePool {
  if (!globalPool.skillgapParsePool) {
    globalPool.skillgapParsePool = new ParsePool(size, heapMb, { warm: true });
    globalPool.skillgapParsePool.prewarm();
  }
  return globalPool.skillgapParsePool;
}

/** Stops the process-wide pool's workers, if it was made (the CLI and tests call this so the process can exit). */
export async function closeSharedParsePool(): Promise<void> {
  await globalPool.skillgapParsePool?.close();
}
