import "server-only";
import { IMPORT_STATUSES, type ImportStatus } from "../coach/import-files";
import { Prisma } from "../generated/prisma/client";
import { newToken } from "../tokens";
import { db } from "./client";

/** History rows shown at most: a year of weekly imports and more. */
const HISTORY_LIMIT = 100;

export interface NewImportItem {
  label: string;
  /** An entry refused before reading (a zip's .png, say) is created failed with its code. */
  errorCode?: string;
}

/** Creates an import and one queued row per file, in order; returns the ids in the same order. */
export async function createImport({
  coachId,
  source,
  items,
}: {
  coachId: string;
  source: "files" | "zip";
  items: NewImportItem[];
}): Promise<{ batchId: string; itemIds: string[] }> {
  const batchId = newToken();
  const itemIds = items.map(() => newToken());
  await db.importBatch.create({
    data: {
      id: batchId,
      coachId,
      source,
      fileCount: items.length,
      items: {
        create: items.map((item, position) => ({
          id: itemIds[position]!,
          coachId,
          position,
          label: item.label,
          status: item.errorCode ? "failed" : "queued",
          errorCode: item.errorCode ?? null,
        })),
      },
    },
  });
  return { batchId, itemIds };
}

/**
 * Moves a queued file of the coach's to "reading". False when it is not theirs or another request already took
 * it: a file is read once however often the browser sends it.
 */
export async function startImportItem({ id, coachId }: { id: string; coachId: string }): Promise<boolean> {
  const { count } = await db.importItem.updateMany({ where: { id, coachId, status: "queued" }, data: { status: "reading" } });
  return count === 1;
}

export async function setImportItemProgress({ id, page, pages }: { id: string; page: number; pages: number }): Promise<void> {
  await db.importItem.updateMany({ where: { id, status: { in: ["reading", "ocr"] } }, data: { status: "ocr", page, pages } });
}

export async function failImportItem({ id, errorCode }: { id: string; errorCode: string }): Promise<void> {
  await db.importItem.update({ where: { id }, data: { status: "failed", errorCode, claimHash: null } });
}

export async function markImportItemDuplicate({ id, duplicateOfId }: { id: string; duplicateOfId: string }): Promise<void> {
  await db.importItem.update({ where: { id }, data: { status: "duplicate", duplicateOfId, claimHash: null } });
}

export async function markImportItemSaved({ id, reportId }: { id: string; reportId: string }): Promise<void> {
  await db.importItem.update({ where: { id }, data: { status: "saved", reportId, page: null, pages: null } });
}

/** The coach's newest report with this text fingerprint, from any source (intake, import, API). */
export async function findReportByTextHash({ coachId, textHash }: { coachId: string; textHash: string }): Promise<string | null> {
  const row = await db.report.findFirst({ where: { coachId, textHash }, orderBy: { createdAt: "desc" }, select: { id: true } });
  return row?.id ?? null;
}

export type TextClaim = { claimed: true } | { claimed: false; duplicateOfId: string };

/** How long a claim's holder may take between claiming its text and saving its report before it counts as gone. */
const CLAIM_WAIT_MS = 5_000;

/**
 * Claims a text fingerprint for one import row before its report is saved. A unique index on (coach, fingerprint)
 * lets exactly one row of the coach's imports hold it, however many instances save at once: the loser is the
 * duplicate of the holder's report. A holder whose report was since deleted gives the claim up.
 */
export async function claimImportText({ id, coachId, textHash }: { id: string; coachId: string; textHash: string }): Promise<TextClaim> {
  const deadline = Date.now() + CLAIM_WAIT_MS;
  for (;;) {
    try {
      await db.importItem.update({ where: { id }, data: { claimHash: textHash } });
      return { claimed: true };
    } catch (error) {
      if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2002") throw error;
    }
    const holder = await db.importItem.findFirst({
      where: { coachId, claimHash: textHash },
      select: { id: true, status: true, reportId: true, updatedAt: true },
    });
    if (!holder) continue;
    if (holder.reportId) return { claimed: false, duplicateOfId: holder.reportId };
    // Saved once but its report is gone, or never got to save: the claim is free again.
    if (holder.status === "saved" || Date.now() > deadline) {
      await db.importItem.updateMany({ where: { id: holder.id, reportId: null }, data: { claimHash: null } });
      continue;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export interface ImportSummary {
  id: string;
  createdAt: Date;
  source: string;
  fileCount: number;
  counts: Record<ImportStatus, number>;
}

function emptyCounts(): Record<ImportStatus, number> {
  return Object.fromEntries(IMPORT_STATUSES.map((status) => [status, 0])) as Record<ImportStatus, number>;
}

/** The coach's imports, newest first, each with how many of its files ended in each state. */
export async function listImportsForCoach({ coachId }: { coachId: string }): Promise<ImportSummary[]> {
  const batches = await db.importBatch.findMany({
    where: { coachId },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: HISTORY_LIMIT,
    select: { id: true, createdAt: true, source: true, fileCount: true },
  });
  const groups = await db.importItem.groupBy({
    by: ["batchId", "status"],
    where: { coachId, batchId: { in: batches.map((batch) => batch.id) } },
    _count: { _all: true },
  });
  const counts = new Map(batches.map((batch) => [batch.id, emptyCounts()]));
  for (const group of groups) {
    const row = counts.get(group.batchId);
    if (row && (IMPORT_STATUSES as readonly string[]).includes(group.status)) row[group.status as ImportStatus] += group._count._all;
  }
  return batches.map((batch) => ({ ...batch, counts: counts.get(batch.id) ?? emptyCounts() }));
}

export interface ImportItemRow {
  id: string;
  position: number;
  label: string;
  status: ImportStatus;
  page: number | null;
  pages: number | null;
  errorCode: string | null;
  reportId: string | null;
  duplicateOfId: string | null;
  updatedAt: Date;
}

export interface ImportDetail {
  id: string;
  createdAt: Date;
  source: string;
  fileCount: number;
  items: ImportItemRow[];
}

/** One of the coach's imports with every file's row; null for another coach's import. */
export async function getImportForCoach({ id, coachId }: { id: string; coachId: string }): Promise<ImportDetail | null> {
  const batch = await db.importBatch.findFirst({
    where: { id, coachId },
    select: {
      id: true,
      createdAt: true,
      source: true,
      fileCount: true,
      items: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          position: true,
          label: true,
          status: true,
          page: true,
          pages: true,
          errorCode: true,
          reportId: true,
          duplicateOfId: true,
          updatedAt: true,
        },
      },
    },
  });
  if (!batch) return null;
  return { ...batch, items: batch.items.map((item) => ({ ...item, status: item.status as ImportStatus })) };
}

/** The coach's queued rows of one import, for the files the browser is about to send. */
export async function listQueuedImportItems({
  batchId,
  coachId,
}: {
  batchId: string;
  coachId: string;
}): Promise<{ id: string; label: string }[]> {
  return db.importItem.findMany({
    where: { batchId, coachId, status: "queued" },
    orderBy: { position: "asc" },
    select: { id: true, label: true },
  });
}

export async function getImportItemForCoach({
  id,
  coachId,
}: {
  id: string;
  coachId: string;
}): Promise<{ id: string; batchId: string; label: string } | null> {
  return db.importItem.findFirst({ where: { id, coachId }, select: { id: true, batchId: true, label: true } });
}
