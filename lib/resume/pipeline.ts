/**
 * Everything between untrusted input and the text SkillGap stores, as it runs inside a parser worker
 * (parse-worker.mjs loads this module): format sniffing, the zip-bomb check, layout, normalization, ligature
 * repair and contact removal. Running it there puts the whole pipeline under the pool's heap cap and timeout, so
 * no pasted text or file can hold the web process, however slow some step turns out to be on it.
 */
import { AppError } from "../errors";
import { removeContactDetails } from "./contacts";
import { readDocxText } from "./docx";
import { repairDroppedLigatures } from "./ligatures";
import { normalizeText } from "./normalize";
import { type PdfText, pdfOcrText, pdfTextLayer } from "./pdf";
import type { PdfPage } from "./pool";
import type { ReadResume, Readability, SourceKind } from "./schema";
import { decodeText, sniffFormat } from "./sniff";

/** Fewer letters than this and there is nothing to analyze (a name and an email are not a resume). */
const MIN_LETTERS = 80;
/** The raw text let in before normalizing: room for the spacing and layout normalizing removes, still bounded. */
const rawTextLimit = (limits: ReadLimits) => limits.maxTextChars * 4;

/** The limits a read job carries to the worker (the caller takes them from its configuration). */
export interface ReadLimits {
  maxTextChars: number;
  maxPdfPages: number;
  maxDocxUnpackedBytes: number;
  /** Pages OCR reads on a scan. */
  ocrMaxPages: number;
}

/** "read" reads bytes or pasted `text`; "read-ocr" reads a scan by OCR, with the `links` its "read" job found. */
export type ReadJob = { kind: "read" | "read-ocr"; bytes: Uint8Array; text?: string; links?: string[]; limits: ReadLimits };

export type ReadJobResult = { kind: "resume"; resume: ReadResume } | { kind: "scan"; pages: number; links: string[] };

/** The raw parsers of parse-worker.mjs, called in the same thread. */
export interface RawParsers {
  pdf(job: { bytes: Uint8Array; maxPages: number }): Promise<{ kind: "pdf"; pages: PdfPage[]; links?: string[] }>;
  docx(job: { bytes: Uint8Array; maxPages: number }): Promise<{ kind: "docx"; text: string }>;
  ocr(job: { bytes: Uint8Array; maxPages: number }): Promise<{ kind: "ocr"; text: string; pages: number }>;
}

interface RawText {
  text: string;
  source: SourceKind;
  pages: number | null;
  columns: number;
  method: Readability["method"];
  links: string[];
  /** `text` already normalized with the same limit (pdf.ts needs it to tell a text layer from a scan). */
  normalized?: string;
}

export async function readInWorker(job: ReadJob, parsers: RawParsers): Promise<ReadJobResult> {
  const { limits } = job;
  if (job.kind === "read-ocr") {
    const ocr = await parsers.ocr({ bytes: job.bytes, maxPages: limits.ocrMaxPages });
    const text: PdfText = pdfOcrText(ocr.text, ocr.pages);
    return { kind: "resume", resume: finish({ ...text, source: "pdf", links: job.links ?? [] }, limits) };
  }
  if (job.text !== undefined) {
    return {
      kind: "resume",
      resume: finish({ text: job.text, source: "text", pages: null, columns: 1, method: "direct", links: [] }, limits),
    };
  }
  const bytes = job.bytes;
  switch (sniffFormat(bytes)) {
    case "pdf": {
      const parsed = await parsers.pdf({ bytes, maxPages: limits.maxPdfPages });
      const layer = pdfTextLayer(parsed.pages, { maxChars: rawTextLimit(limits) });
      if (layer === null) return { kind: "scan", pages: parsed.pages.length, links: parsed.links ?? [] };
      return { kind: "resume", resume: finish({ ...layer, source: "pdf", links: parsed.links ?? [] }, limits) };
    }
    case "docx": {
      const text = await readDocxText(bytes, limits.maxDocxUnpackedBytes, async (docx) => {
        return (await parsers.docx({ bytes: docx, maxPages: limits.maxPdfPages })).text;
      });
      return { kind: "resume", resume: finish({ text, source: "docx", pages: null, columns: 1, method: "direct", links: [] }, limits) };
    }
    case "text":
      return {
        kind: "resume",
        resume: finish({ text: decodeText(bytes) ?? "", source: "text", pages: null, columns: 1, method: "direct", links: [] }, limits),
      };
    default:
      throw new AppError("unsupported-type");
  }
}

/** Raw text → the normalized text SkillGap stores and analyzes, with contact details removed. */
export function finish(raw: RawText, limits: ReadLimits): ReadResume {
  if (raw.text.length > rawTextLimit(limits)) throw new AppError("too-much-text");
  const unreadableChars = raw.text.match(/[\uE000-\uF8FF\uFFFD]|[\u{F0000}-\u{FFFFD}]/gu)?.length ?? 0;
  const repaired = repairDroppedLigatures(raw.normalized ?? normalizeText(raw.text, { maxChars: rawTextLimit(limits) }));
  const normalized = repaired.text;
  if (normalized.length > limits.maxTextChars) throw new AppError("too-much-text");
  const letters = normalized.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_LETTERS) throw new AppError("too-little-text");
  const contacts = removeContactDetails(normalized, { links: raw.links });
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
