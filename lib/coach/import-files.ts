import { createHash } from "node:crypto";
import { APP_ERRORS, type ErrorCode, errorCodeSchema } from "../errors";
import { removeContactDetails } from "../resume/contacts";

/** As long as a label a candidate may type on the intake form (app/intake/assignment.ts). */
const LABEL_MAX = 60;

/** The kinds of file a bulk import reads; anything else in a zip gets its own row saying so. */
const RESUME_EXTENSIONS = /\.(?:pdf|docx|txt)$/i;

/**
 * The fingerprint two copies of one resume share: its stored text (already normalized, contact details removed)
 * with case and spacing folded, so a re-export with other line breaks is still the same resume.
 */
export function textFingerprint(text: string): string {
  const folded = text.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
  return createHash("sha256").update(folded).digest("hex");
}

/**
 * A client label from a file name: "jane.doe@mail.com_Jane-Doe_CV.pdf" becomes "Jane Doe CV". Contact details are
 * removed first and long digit runs (phone numbers without separators) after; the raw name is never stored.
 */
export function clientLabelFromFileName(fileName: string, position: number): string {
  const base = fileName.split(/[\\/]/).pop() ?? "";
  const stem = base.replace(/\.[A-Za-z0-9]{1,5}$/, "");
  const label = removeContactDetails(stem)
    .text.replaceAll("[removed]", " ")
    .replace(/\+?\d[\d\s]{5,}\d/g, " ")
    .replace(/[_\-.+()[\]{}]+/g, " ")
    .replace(/[^\p{L}\p{N}' ]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, LABEL_MAX)
    .trim();
  return label || `Imported resume ${position + 1}`;
}

export type ZipEntryVerdict = "read" | "skip" | "unsupported";

/**
 * What a bulk import does with one zip entry: folders and the metadata file managers add are skipped silently;
 * files that are not PDF, DOCX or text get a row of their own saying so.
 */
export function zipEntryVerdict(name: string): ZipEntryVerdict {
  if (name.endsWith("/")) return "skip";
  const parts = name.split("/");
  if (parts.some((part) => part === "__MACOSX" || part.startsWith("."))) return "skip";
  return RESUME_EXTENSIONS.test(name) ? "read" : "unsupported";
}

export const IMPORT_STATUSES = ["queued", "reading", "ocr", "saved", "duplicate", "failed"] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

/** A file still queued or reading this long after its last change was never received, or its server stopped. */
export const IMPORT_STALL_MS = 10 * 60 * 1000;

export interface ImportItemView {
  status: ImportStatus | "interrupted";
  page: number | null;
  pages: number | null;
  errorCode: string | null;
  updatedAt: Date;
}

/** The state a row shows: a file that stalled mid-way reads as interrupted rather than queued forever. */
export function displayStatus(item: ImportItemView, now = Date.now()): ImportItemView["status"] {
  const active = item.status === "queued" || item.status === "reading" || item.status === "ocr";
  return active && now - item.updatedAt.getTime() > IMPORT_STALL_MS ? "interrupted" : item.status;
}

/** The sentence a row shows for its state, errors in the words of lib/errors.ts. */
export function statusSentence(item: ImportItemView, now = Date.now()): string {
  switch (displayStatus(item, now)) {
    case "queued":
      return "Queued";
    case "reading":
      return "Reading";
    case "ocr":
      return item.page && item.pages ? `Reading page ${item.page} of ${item.pages} by OCR` : "Preparing the scan for OCR";
    case "saved":
      return "Saved";
    case "duplicate":
      return "Duplicate: the same resume is already in your workspace, so it was not saved again.";
    case "interrupted":
      return "Interrupted: this file never finished (the page was closed or the server restarted). Import it again.";
    case "failed": {
      const code = errorCodeSchema.safeParse(item.errorCode);
      return code.success ? APP_ERRORS[code.data as ErrorCode].message : APP_ERRORS.internal.message;
    }
  }
}
