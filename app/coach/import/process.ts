import "server-only";
import { textFingerprint } from "@/lib/coach/import-files";
import {
  claimImportText,
  failImportItem,
  findReportByTextHash,
  markImportItemDuplicate,
  markImportItemSaved,
  setImportItemProgress,
  startImportItem,
} from "@/lib/db/imports";
import { createReport } from "@/lib/db/reports";
import { getCurrentSnapshot } from "@/lib/db/snapshots";
import { AppError } from "@/lib/errors";
import { analyze } from "@/lib/report/analyze";
import { readResume } from "@/lib/resume/read";
import { hashToken, newToken } from "@/lib/tokens";
import { readerOptions } from "@/lib/reader-options";

/**
 * Reads one imported file and saves its report into the coach's workspace, or records why not. Every outcome is
 * written to the file's own row, so one bad file never costs the others, and a file saved stays saved whatever
 * happens to the browser tab afterwards.
 */
export async function importOneFile({
  coachId,
  itemId,
  label,
  bytes,
}: {
  coachId: string;
  itemId: string;
  label: string;
  bytes: () => Promise<Uint8Array>;
}): Promise<void> {
  if (!(await startImportItem({ id: itemId, coachId }))) return;
  try {
    const resume = await readResume(
      { kind: "file", bytes: await bytes() },
      readerOptions({ onProgress: ({ page, pages }) => void setImportItemProgress({ id: itemId, page, pages }).catch(() => undefined) }),
    );
    const textHash = textFingerprint(resume.text);
    const existing = await findReportByTextHash({ coachId, textHash });
    if (existing) return await markImportItemDuplicate({ id: itemId, duplicateOfId: existing });
    const claim = await claimImportText({ id: itemId, coachId, textHash });
    if (!claim.claimed) return await markImportItemDuplicate({ id: itemId, duplicateOfId: claim.duplicateOfId });
    const snapshot = await getCurrentSnapshot();
    const report = analyze(resume, snapshot);
    const reportId = await createReport({
      // An imported report belongs to the coach's workspace only: no browser holds the secret behind this hash.
      ownerSecretHash: hashToken(newToken(32)),
      snapshotId: snapshot.id,
      report,
      text: resume.text,
      fileName: null,
      uploadKey: `import:${itemId}`,
      coachId,
      clientLabel: label,
    });
    await markImportItemSaved({ id: itemId, reportId });
  } catch (error) {
    if (!(error instanceof AppError)) console.error("import of one file failed", error);
    await failImportItem({ id: itemId, errorCode: error instanceof AppError ? error.code : "internal" }).catch(() => undefined);
  }
}
