import { displayStatus, statusSentence } from "@/lib/coach/import-files";
import type { ImportDetail } from "@/lib/db/imports";

/** One file's row as the import page shows it; the same shape is rendered on the server and polled as JSON. */
export interface ImportRowView {
  id: string;
  label: string;
  status: ReturnType<typeof displayStatus>;
  sentence: string;
  errorCode: string | null;
  reportId: string | null;
  duplicateOfId: string | null;
}

export interface ImportView {
  id: string;
  done: boolean;
  rows: ImportRowView[];
}

const ACTIVE = new Set(["queued", "reading", "ocr"]);

export function importView(detail: ImportDetail, now = Date.now()): ImportView {
  const rows = detail.items.map((item) => ({
    id: item.id,
    label: item.label,
    status: displayStatus(item, now),
    sentence: statusSentence(item, now),
    errorCode: item.errorCode,
    reportId: item.reportId,
    duplicateOfId: item.duplicateOfId,
  }));
  return { id: detail.id, done: rows.every((row) => !ACTIVE.has(row.status)), rows };
}
