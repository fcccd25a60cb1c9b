import { env } from "../env";
import { removeContactDetails } from "./contacts";
import { readDocxText } from "./docx";
import { AppError } from "../errors";
import { repairDroppedLigatures } from "./ligatures";
import { normalizeText } from "./normalize";
import { readPdfText } from "./pdf";
import type { RunOptions } from "./pool";
import type { ReadResume, Readability, SourceKind } from "./schema";
import { decodeText, sniffFormat } from "./sniff";

/** Fewer letters than this and there is nothing to analyze (a name and an email are not a resume). */
const MIN_LETTERS = 80;

export type ResumeInput = { kind: "file"; bytes: Uint8Array } | { kind: "text"; text: string };

export interface ReadOptions {
  /** OCR image-only PDFs (default: OCR_ENABLED). Tests and the fuzzer turn it off to stay fast. */
  ocr?: boolean;
  /** Told which OCR page is being read; aborting stops the parse (see pool.ts) and fails with `cancelled`. */
  onProgress?: RunOptions["onProgress"];
  signal?: AbortSignal;
}

interface RawText {
  text: string;
  source: SourceKind;
  pages: number | null;
  columns: number;
  method: Readability["method"];
}

/**
 * Bytes or pasted text → the normalized text SkillGap stores and analyzes, with contact details removed.
 * Throws AppError with a code when the input cannot be read.
 */
export async function readResume(input: ResumeInput, options: ReadOptions = {}): Promise<ReadResume> {
  const raw: RawText =
    input.kind === "text"
      ? { text: input.text, source: "text", pages: null, columns: 1, method: "direct" }
      : await readFile(input.bytes, options.ocr ?? env.OCR_ENABLED, options);
  if (raw.text.length > env.MAX_TEXT_CHARS * 4) throw new AppError("too-much-text");
  const unreadableChars = raw.text.match(/[\uE000-\uF8FF\uFFFD]|[\u{F0000}-\u{FFFFD}]/gu)?.length ?? 0;
  const repaired = repairDroppedLigatures(normalizeText(raw.text));
  const normalized = repaired.text;
  if (normalized.length > env.MAX_TEXT_CHARS) throw new AppError("too-much-text");
  const letters = normalized.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_LETTERS) throw new AppError("too-little-text");
  const contacts = removeContactDetails(normalized);
  const readability: Readability = {
    source: raw.source,
    method: raw.method,
    pages: raw.pages,
    columns: raw.columns,
    unreadableChars,
    ligaturesRepaired: repaired.repaired,
    contactDetailsRemoved: contacts.found,
  };
  return { text: contacts.text, readability };
}

async function readFile(bytes: Uint8Array, ocr: boolean, { onProgress, signal }: RunOptions): Promise<RawText> {
  if (bytes.length === 0) throw new AppError("empty-file");
  if (bytes.length > env.MAX_UPLOAD_BYTES) throw new AppError("too-large");
  const format = sniffFormat(bytes);
  switch (format) {
    case "pdf": {
      const pdf = await readPdfText(bytes, ocr, { onProgress, signal });
      return { text: pdf.text, source: "pdf", pages: pdf.pages, columns: pdf.columns, method: pdf.method };
    }
    case "docx":
      return { text: await readDocxText(bytes), source: "docx", pages: null, columns: 1, method: "direct" };
    case "text":
      return { text: decodeText(bytes) ?? "", source: "text", pages: null, columns: 1, method: "direct" };
    default:
      throw new AppError("unsupported-type");
  }
}
