import "server-only";
import { db } from "./client";

/** What a long upload is doing, as the form shows it while it waits. */
export interface UploadStage {
  stage: string;
  page: number | null;
  pages: number | null;
  cancelled: boolean;
}

/** Progress rows a crashed instance never removed are dropped after this long. */
const STALE_MS = 60 * 60 * 1000;

/**
 * Marks an upload as started. A cancel that arrived before the upload did is kept, so the upload stops at once;
 * the form sends a fresh key after a cancel, so an old cancel never stops a later upload.
 */
export async function startUploadProgress({ uploadKey, stage }: { uploadKey: string; stage: string }): Promise<void> {
  await db.uploadProgress.deleteMany({ where: { updatedAt: { lt: new Date(Date.now() - STALE_MS) } } });
  await db.uploadProgress.upsert({
    where: { uploadKey },
    create: { uploadKey, stage },
    update: { stage, page: null, pages: null },
  });
}

export async function setUploadProgress({
  uploadKey,
  stage,
  page = null,
  pages = null,
}: {
  uploadKey: string;
  stage: string;
  page?: number | null;
  pages?: number | null;
}): Promise<void> {
  await db.uploadProgress.updateMany({ where: { uploadKey }, data: { stage, page, pages } });
}

export async function getUploadProgress({ uploadKey }: { uploadKey: string }): Promise<UploadStage | null> {
  const row = await db.uploadProgress.findUnique({ where: { uploadKey } });
  return row ? { stage: row.stage, page: row.page, pages: row.pages, cancelled: row.cancelledAt !== null } : null;
}

/** Asks whichever app instance runs the upload to stop it. */
export async function cancelUploadProgress({ uploadKey }: { uploadKey: string }): Promise<void> {
  await db.uploadProgress.upsert({
    where: { uploadKey },
    create: { uploadKey, stage: "cancelled", cancelledAt: new Date() },
    update: { cancelledAt: new Date() },
  });
}

export async function isUploadCancelled({ uploadKey }: { uploadKey: string }): Promise<boolean> {
  const row = await db.uploadProgress.findUnique({ where: { uploadKey }, select: { cancelledAt: true } });
  return row?.cancelledAt != null;
}

export async function finishUploadProgress({ uploadKey }: { uploadKey: string }): Promise<void> {
  await db.uploadProgress.deleteMany({ where: { uploadKey } });
}
