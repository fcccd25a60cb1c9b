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
 * Records what a running upload is doing. An upload has no row until it has something to tell (an OCR page): the
 * form shows "Reading your file…" for a key without one, so a text-layer file, read in a fraction of a second,
 * costs no write here, and a cancel makes a row of its own (cancelUploadProgress) that the reading instance finds.
 */
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
  await db.uploadProgress.upsert({
    where: { uploadKey },
    create: { uploadKey, stage, page, pages },
    update: { stage, page, pages },
    select: { uploadKey: true },
  });
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

/**
 * Removes the upload's progress row, if it has one; answers whether it had been cancelled. Every upload ends here,
 * and most have no row: one DELETE … RETURNING (SQLite and PostgreSQL both have it) answers both questions without
 * a lookup first or a "not found" error to catch, and as a raw statement it skips Prisma's per-query compile, which
 * cost more than the statement itself. Rows a crashed instance left behind are swept here, at most once a minute
 * per process.
 */
export async function finishUploadProgress({ uploadKey }: { uploadKey: string }): Promise<{ cancelled: boolean }> {
  const rows = await db.$queryRaw<{ cancelledAt: unknown }[]>`
    DELETE FROM "UploadProgress" WHERE "uploadKey" = ${uploadKey} RETURNING "cancelledAt"`;
  if (Date.now() - lastSweep > SWEEP_EVERY_MS) {
    lastSweep = Date.now();
    // After the upload's own answer, so that a failed sweep never lets a cancelled upload be saved; the next finish
    // a minute on tries again.
    await db.uploadProgress.deleteMany({ where: { updatedAt: { lt: new Date(Date.now() - STALE_MS) } } }).catch(() => undefined);
  }
  return { cancelled: rows.some((row) => row.cancelledAt !== null) };
}
