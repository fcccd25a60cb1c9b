import { AppError } from "../errors";
import type { ReadJobResult, ReadLimits } from "./pipeline";
import type { ParsePool, RunOptions } from "./pool";
import type { ReadResume } from "./schema";

export type ResumeInput = { kind: "file"; bytes: Uint8Array } | { kind: "text"; text: string };

/** How to read: the pool to read in and every limit. The caller builds it from its configuration (lib/reader-options.ts). */
export interface ReaderOptions extends ReadLimits {
  pool: ParsePool;
  maxUploadBytes: number;
  /** How long one file (or pasted text) may take in a worker, pipeline included. */
  parseTimeoutMs: number;
  /** OCR image-only PDFs within this budget, or false (tests and the fuzzer turn it off to stay fast). */
  ocr: { timeoutMs: number } | false;
  /** Told which OCR page is being read; aborting stops the read (the pool retires its worker) with `cancelled`. */
  onProgress?: RunOptions["onProgress"];
  signal?: AbortSignal;
}

/**
 * Bytes or pasted text → the normalized text SkillGap stores and analyzes, with contact details removed. All of
 * it runs in the parser pool (pipeline.ts), so no input, however hostile, holds this thread.
 * Throws AppError with a code when the input cannot be read.
 */
export async function readResume(input: ResumeInput, options: ReaderOptions): Promise<ReadResume> {
  const limits: ReadLimits = {
    maxTextChars: options.maxTextChars,
    maxPdfPages: options.maxPdfPages,
    maxDocxUnpackedBytes: options.maxDocxUnpackedBytes,
    ocrMaxPages: options.ocrMaxPages,
  };
  if (input.kind === "file") {
    if (input.bytes.length === 0) throw new AppError("empty-file");
    if (input.bytes.length > options.maxUploadBytes) throw new AppError("too-large");
  } else if (input.text.length > options.maxTextChars * 4) throw new AppError("too-much-text");
  const job =
    input.kind === "file"
      ? { kind: "read" as const, bytes: input.bytes, limits }
      : { kind: "read" as const, bytes: new Uint8Array(), text: input.text, limits };
  const { onProgress, signal } = options;
  const result = (await options.pool.run(job, options.parseTimeoutMs, { signal })) as ReadJobResult;
  if (result.kind === "resume") return result.resume;
  if (result.kind !== "scan" || input.kind !== "file") throw new AppError("corrupt");
  if (!options.ocr) throw new AppError("no-text-layer");
  // Page 0: the scan's pages are being rendered before the first is read.
  onProgress?.({ stage: "ocr", page: 0, pages: Math.min(result.pages, options.ocrMaxPages) });
  const ocr = await options.pool
    .run({ kind: "read-ocr", bytes: input.bytes, links: result.links, limits }, options.ocr.timeoutMs, { signal, onProgress })
    .catch((error: unknown) => {
      // A scan OCR cannot read in its budget is still, for the user, a PDF without a text layer.
      throw error instanceof AppError && ["too-much-text", "too-little-text", "cancelled"].includes(error.code)
        ? error
        : new AppError("no-text-layer");
    });
  if (ocr.kind !== "resume") throw new AppError("no-text-layer");
  return ocr.resume;
}
