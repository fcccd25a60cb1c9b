import { env } from "../env";
import { AppError } from "../errors";
import { pagesToText } from "./layout";
import { normalizeText } from "./normalize";
import { repairOcrText } from "./ocr-repair";
import { parsePool, type RunOptions } from "./pool";

/**
 * Below this many letters per page on average, once page markers and icons are gone, the PDF is a scan: a text
 * footer on every scanned page ("Page 2 of 4") must not pass for a text layer.
 */
const MIN_LETTERS_PER_PAGE = 60;

export interface PdfText {
  text: string;
  pages: number;
  columns: number;
  method: "text-layer" | "ocr";
}

/**
 * Reads a PDF in the parser pool: its text layer in reading order, or, when it has none (a scan), the text
 * tesseract recognises on its rendered pages. A scan that OCR cannot read gets `no-text-layer`.
 */
export async function readPdfText(bytes: Uint8Array, useOcr: boolean, options: RunOptions = {}): Promise<PdfText> {
  const pool = parsePool();
  const parsed = await pool.run({ kind: "pdf", bytes, maxPages: env.MAX_PDF_PAGES }, env.PARSE_TIMEOUT_MS, { signal: options.signal });
  if (parsed.kind !== "pdf") throw new AppError("corrupt");
  const pages = parsed.pages.length;
  if (pages === 0) throw new AppError("corrupt");
  const layout = pagesToText(parsed.pages);
  if (letters(normalizeText(layout.text)) >= MIN_LETTERS_PER_PAGE * pages) {
    return { text: layout.text, pages, columns: layout.columns, method: "text-layer" };
  }
  if (!useOcr) throw new AppError("no-text-layer");
  // Page 0: the scan's pages are being rendered before the first is read.
  options.onProgress?.({ stage: "ocr", page: 0, pages: Math.min(pages, env.OCR_MAX_PAGES) });
  const ocr = await pool.run({ kind: "ocr", bytes, maxPages: env.OCR_MAX_PAGES }, env.OCR_TIMEOUT_MS, options).catch((error) => {
    if (error instanceof AppError && error.code === "cancelled") throw error;
    // A scan OCR cannot finish in its budget is still, for the user, a PDF without a text layer.
    throw new AppError("no-text-layer");
  });
  if (ocr.kind !== "ocr" || letters(normalizeText(ocr.text)) < MIN_LETTERS_PER_PAGE) throw new AppError("no-text-layer");
  return { text: repairOcrText(ocr.text), pages, columns: 1, method: "ocr" };
}

function letters(text: string): number {
  return text.match(/\p{L}/gu)?.length ?? 0;
}
