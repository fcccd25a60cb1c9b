import { env } from "./env";
import { sharedParsePool } from "./resume/pool";
import type { ReaderOptions } from "./resume/read";

/**
 * The one place reading limits come from the configuration: lib/resume takes them as options, and the web app,
 * the scripts and the tests pass these.
 */
export function readerOptions(overrides: Partial<ReaderOptions> = {}): ReaderOptions {
  return {
    pool: sharedParsePool(env.PARSE_WORKERS, env.PARSE_WORKER_HEAP_MB),
    maxUploadBytes: env.MAX_UPLOAD_BYTES,
    maxTextChars: env.MAX_TEXT_CHARS,
    maxPdfPages: env.MAX_PDF_PAGES,
    maxDocxUnpackedBytes: env.MAX_DOCX_UNPACKED_BYTES,
    ocrMaxPages: env.OCR_MAX_PAGES,
    parseTimeoutMs: env.PARSE_TIMEOUT_MS,
    ocr: env.OCR_ENABLED ? { timeoutMs: env.OCR_TIMEOUT_MS } : false,
    ...overrides,
  };
}
