import { AppError } from "../errors";
import { pagesToText } from "./layout";
import { normalizeText } from "./normalize";
import { repairOcrText } from "./ocr-repair";
import type { PdfPage } from "./pool";

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
  /** The text already through normalizeText with the caller's `maxChars`, when this step had to normalize it anyway. */
  normalized?: string;
}

/**
 * A PDF's text layer in reading order, from the positioned items the parser worker read; null when it has no
 * text layer to speak of (a scan), which the caller may then read by OCR.
 */
export function pdfTextLayer(parsed: PdfPage[], options: { maxChars?: number } = {}): PdfText | null {
  const pages = parsed.length;
  if (pages === 0) throw new AppError("corrupt");
  const layout = pagesToText(parsed);
  // Normalized with the limit the stored text is normalized with, so that pipeline.ts need not do it again.
  const normalized = normalizeText(layout.text, options);
  if (letters(normalized) < MIN_LETTERS_PER_PAGE * pages) return null;
  return { text: layout.text, pages, columns: layout.columns, method: "text-layer", normalized };
}

/** The text tesseract recognised on a scan's pages; a scan OCR cannot read gets `no-text-layer`. */
export function pdfOcrText(text: string, pages: number): PdfText {
  if (letters(normalizeText(text)) < MIN_LETTERS_PER_PAGE) throw new AppError("no-text-layer");
  return { text: repairOcrText(text), pages, columns: 1, method: "ocr" };
}

function letters(text: string): number {
  return text.match(/\p{L}/gu)?.length ?? 0;
}
