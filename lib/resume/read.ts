import { env } from "../env";
import { removeContactDetails } from "./contacts";
import { readDocxText } from "./docx";
import { ResumeError } from "./errors";
import { normalizeText } from "./normalize";
import { readPdfText } from "./pdf";
import type { ReadResume, Readability, SourceKind } from "./schema";
import { decodeText, sniffFormat } from "./sniff";

/** Fewer letters than this and there is nothing to analyze (a name and an email are not a resume). */
const MIN_LETTERS = 80;

export type ResumeInput = { kind: "file"; bytes: Uint8Array } | { kind: "text"; text: string };

/**
 * Bytes or pasted text → the normalized text SkillGap stores and analyzes, with contact details removed.
 * Throws ResumeError with a code when the input cannot be read.
 */
export async function readResume(input: ResumeInput): Promise<ReadResume> {
  const raw = input.kind === "text" ? { text: input.text, source: "text" as const, pages: null } : await readFile(input.bytes);
  if (raw.text.length > env.MAX_TEXT_CHARS * 4) throw new ResumeError("too-much-text");
  const unreadableChars = raw.text.match(/[\uE000-\uF8FF\uFFFD]/g)?.length ?? 0;
  const normalized = normalizeText(raw.text);
  if (normalized.length > env.MAX_TEXT_CHARS) throw new ResumeError("too-much-text");
  const letters = normalized.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_LETTERS) {
    throw new ResumeError(raw.source === "pdf" && letters < MIN_LETTERS / 4 ? "no-text-layer" : "too-little-text");
  }
  const contacts = removeContactDetails(normalized);
  const readability: Readability = {
    source: raw.source,
    method: raw.source === "pdf" ? "text-layer" : "direct",
    pages: raw.pages,
    columns: 1,
    unreadableChars,
    contactDetailsRemoved: contacts.found,
  };
  return { text: contacts.text, readability };
}

async function readFile(bytes: Uint8Array): Promise<{ text: string; source: SourceKind; pages: number | null }> {
  if (bytes.length === 0) throw new ResumeError("empty-file");
  if (bytes.length > env.MAX_UPLOAD_BYTES) throw new ResumeError("too-large");
  const format = sniffFormat(bytes);
  switch (format) {
    case "pdf": {
      const pdf = await readPdfText(bytes, env.MAX_PDF_PAGES);
      return { text: pdf.text, source: "pdf", pages: pdf.pages };
    }
    case "docx":
      return { text: await readDocxText(bytes), source: "docx", pages: null };
    case "text":
      return { text: decodeText(bytes) ?? "", source: "text", pages: null };
    default:
      throw new ResumeError("unsupported-type");
  }
}
