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

/** Stale rows are looked for at most this often by one process, not on every upload. */
const SWEEP_EVERY_MS = 60 * 1000;
let lastSweep = 0;

/**
 * Marks an upload as started and answers whether it is already cancelled. A cancel that arrived before the upload
 * did is kept, so the upload stops at once; the form sends a fresh key after a cancel, so an old cancel never stops
 * a later upload.
 */
export async function startUploadProgress({ uploadKey, stage }: { uploadKey: string; stage: string }): Promise<{ cancelled: boolean }> {
  if (Date.now() - lastSweep > SWEEP_EVERY_MS) {
    lastSweep = Date.now();
    await db.uploadProgress.deleteMany({ where: { updatedAt: { lt: new Date(Date.now() - STALE_MS) } } });
  }
  const row = await db.uploadProgress.upsert({
    where: { uploadKey },
    create: { uploadKey, stage },
    update: { stage, page: null, pages: null },
    select: { cancelledAt: true },
  });
  return { cancelled: row.cancelledAt !== null };
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

/** Which of these uploads have been cancelled: one query for every upload a process is running. */
export async function listCancelledUploads({ uploadKeys }: { uploadKeys: string[] }): Promise<string[]> {
  if (uploadKeys.length === 0) return [];
  const rows = await db.uploadProgress.findMany({
    where: { uploadKey: { in: uploadKeys }, cancelledAt: { not: null } },
    select: { uploadKey: true },
  });
  return rows.map((row) => row.uploadKey);
}

/** Removes the upload's progress row; answers whether it had been cancelled. */
export async function finishUploadProgress({ uploadKey }: { uploadKey: string }): Promise<{ cancelled: boolean }> {
  const row = await db.uploadProgress.delete({ where: { uploadKey }, select: { cancelledAt: true } }).catch((error: unknown) => {
    // No row: the upload never started, or a racing finish removed it. Duck-typed: each engine has its own client.
    if ((error as { code?: string }).code === "P2025") return null;
    throw error;
  });
  return { cancelled: row?.cancelledAt != null };
}
