/**
 * The floor every upload figure is divided by: pdf.js `getText` of the same bytes in worker threads, measured in
 * the same run as the uploads (see pdf-floor-worker.mjs).
 */
import { Worker } from "node:worker_threads";
import { fromRoot } from "../../lib/paths";

interface Round {
  ms: number;
  samples: number[];
}

/**
 * A plain Node.js thread, as the production server's parse workers are: without `execArgv: []` it would inherit
 * this script's tsx loader, whose source maps slow pdf.js's stack traces and so flatter every ratio.
 */
function startWorker(): Worker {
  return new Worker(fromRoot("scripts", "bench", "pdf-floor-worker.mjs"), { execArgv: [] });
}

function round(worker: Worker, files: Uint8Array[], count: number): Promise<Round> {
  return new Promise((resolve, reject) => {
    worker.once("message", resolve);
    worker.once("error", reject);
    worker.postMessage({ files, count });
  });
}

export interface Floor {
  /** Files read per second by `threads` workers side by side. */
  perSecond: number;
  /** Median time of one read in a lone worker. */
  singleMs: number;
  /** CPU time per read while `threads` workers read side by side: the figure other processes' load does not move. */
  cpuMs: number;
}

/** Warms up, then measures throughput with `threads` workers at once and the latency of one read alone. */
export async function measureFloor(bytes: Uint8Array, { threads = 2, count = 60 } = {}): Promise<Floor> {
  const workers = Array.from({ length: threads }, startWorker);
  try {
    await Promise.all(workers.map((worker) => round(worker, [bytes], 10)));
    const start = performance.now();
    const cpu = process.cpuUsage();
    await Promise.all(workers.map((worker) => round(worker, [bytes], count)));
    const perSecond = (threads * count) / ((performance.now() - start) / 1000);
    const used = process.cpuUsage(cpu);
    const cpuMs = (used.user + used.system) / 1000 / (threads * count);
    const alone = await round(workers[0]!, [bytes], count);
    const sorted = [...alone.samples].sort((a, b) => a - b);
    return { perSecond, singleMs: sorted[Math.floor(sorted.length / 2)]!, cpuMs };
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

/** A worker that reads every file once per call; `cpuMs` is this process's CPU time for the call (all threads). */
export function filesReader(files: Uint8Array[]) {
  const worker = startWorker();
  return {
    async readAll(): Promise<{ ms: number; cpuMs: number }> {
      const cpu = process.cpuUsage();
      const { ms } = await round(worker, files, 1);
      const used = process.cpuUsage(cpu);
      return { ms, cpuMs: (used.user + used.system) / 1000 };
    },
    close: () => worker.terminate(),
  };
}
