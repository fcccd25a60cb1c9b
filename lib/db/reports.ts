import "server-only";
import { z } from "zod";
import { textFingerprint } from "../coach/import-files";
import { type Report, reportSchema } from "../report/schema";
import { newToken } from "../tokens";
import { db } from "./client";

export interface NewReport {
  ownerSecretHash: string;
  snapshotId: string;
  report: Report;
  text: string;
  fileName: string | null;
  uploadKey: string;
  previousId?: string | null;
  coachId?: string | null;
  clientLabel?: string | null;
  targetIndustry?: string | null;
  targetCountry?: string | null;
  postingText?: string | null;
}

/**
 * Saves a report and returns its id. The same upload key returns the report already saved for it, so a double
 * submit never saves twice. A new version retires its predecessor from "latest", but only the owner's own.
 * A first version is one INSERT on its own; the unique upload key catches the rare double submit afterwards,
 * rather than a lookup before every save. The insert reads back only the id: without a select, Prisma returns the
 * whole row, the resume text and the analysis it was just given included.
 */
export async function createReport(input: NewReport): Promise<string> {
  const id = newToken();
  try {
    if (!input.previousId) await db.report.create({ data: reportRow(id, input, null), select: { id: true } });
    else {
      const previousId = input.previousId;
      await db.$transaction(async (tx) => {
        // One statement retires the predecessor and returns what the new version inherits; the owner in its
        // `where` makes a stranger's report "not found" (P2025), and the new version then starts a chain of its own.
        const previous = await tx.report
          .update({
            where: { id: previousId, ownerSecretHash: input.ownerSecretHash },
            data: { isLatest: false },
            select: { id: true, coachId: true, clientLabel: true },
          })
          .catch((error: unknown) => {
            if ((error as { code?: string }).code === "P2025") return null;
            throw error;
          });
        await tx.report.create({ data: reportRow(id, input, previous), select: { id: true } });
      });
    }
    return id;
  } catch (error) {
    // The same form submitted twice at once (to two app instances, say): the other insert won the unique key.
    // Duck-typed: each engine's generated client has its own error class.
    if ((error as { code?: string }).code !== "P2002") throw error;
    const existing = await db.report.findUnique({ where: { uploadKey: input.uploadKey }, select: { id: true, ownerSecretHash: true } });
    if (existing && existing.ownerSecretHash === input.ownerSecretHash) return existing.id;
    throw error;
  }
}

function reportRow(id: string, input: NewReport, previous: { id: string; coachId: string | null; clientLabel: string | null } | null) {
  return {
    id,
    ownerSecretHash: input.ownerSecretHash,
    snapshotId: input.snapshotId,
    previousId: previous?.id ?? null,
    // A new version stays with the coach the candidate shared the earlier one with, until they detach it.
    coachId: input.coachId ?? previous?.coachId ?? null,
    clientLabel: input.clientLabel ?? previous?.clientLabel ?? null,
    sourceKind: input.report.readability.source,
    fileName: input.fileName,
    text: input.text,
    textHash: textFingerprint(input.text),
    analysis: JSON.stringify(input.report),
    tierId: input.report.tier.id,
    tierMedianUsd: input.report.tier.medianUsd,
    coverage: input.report.coverage.score,
    seniority: input.report.seniority.level,
    targetIndustry: input.targetIndustry ?? null,
    targetCountry: input.targetCountry ?? null,
    postingText: input.postingText ?? null,
    uploadKey: input.uploadKey,
  };
}

export interface StoredReport {
  id: string;
  createdAt: Date;
  snapshotId: string;
  previousId: string | null;
  coachId: string | null;
  clientLabel: string | null;
  fileName: string | null;
  text: string;
  report: Report;
}

const storedSelect = {
  id: true,
  createdAt: true,
  snapshotId: true,
  previousId: true,
  coachId: true,
  clientLabel: true,
  fileName: true,
  text: true,
  analysis: true,
} as const;

function toStored(row: { analysis: string } & Omit<StoredReport, "report">): StoredReport {
  const { analysis, ...rest } = row;
  return { ...rest, report: reportSchema.parse(JSON.parse(analysis)) };
}

/** The report, if the secret's holder owns it; null otherwise (the caller shows not-found either way). */
export async function getReportForOwner({ id, ownerSecretHash }: { id: string; ownerSecretHash: string }): Promise<StoredReport | null> {
  const row = await db.report.findFirst({ where: { id, ownerSecretHash }, select: storedSelect });
  return row ? toStored(row) : null;
}

/** Whether the secret's holder owns this report: the action wrapper asks before any action looks further. */
export async function reportExistsForOwner({ id, ownerSecretHash }: { id: string; ownerSecretHash: string }): Promise<boolean> {
  return (await db.report.count({ where: { id, ownerSecretHash } })) === 1;
}

/** The newest report that replaced this one, if the same owner made it; null when this is the newest. */
export async function findNewerVersionForOwner({ id, ownerSecretHash }: { id: string; ownerSecretHash: string }): Promise<string | null> {
  const row = await db.report.findFirst({
    where: { previousId: id, ownerSecretHash },
    orderBy: { createdAt: "desc" },
    select: { id: true },
  });
  return row?.id ?? null;
}

/**
 * Stores a job posting and the report that now includes the comparison with it, only on the owner's report.
 * Returns whether a report was updated.
 */
export async function setReportPostingForOwner(input: {
  id: string;
  ownerSecretHash: string;
  postingText: string;
  report: Report;
}): Promise<boolean> {
  const { count } = await db.report.updateMany({
    where: { id: input.id, ownerSecretHash: input.ownerSecretHash },
    data: { postingText: input.postingText, analysis: JSON.stringify(reportSchema.parse(input.report)) },
  });
  return count === 1;
}

/**
 * Deletes the owner's report with its share links and coach notes. The versions made from it now follow the
 * version before it, so a chain never splits: detaching from a coach still reaches every version. When it was the
 * newest version, the version before it becomes the newest again. Returns false when the report is not the
 * owner's (or is gone already).
 */
export async function deleteReportForOwner({ id, ownerSecretHash }: { id: string; ownerSecretHash: string }): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const report = await tx.report.findFirst({ where: { id, ownerSecretHash }, select: { previousId: true, isLatest: true } });
    if (!report) return false;
    await tx.report.updateMany({ where: { previousId: id, ownerSecretHash }, data: { previousId: report.previousId } });
    await tx.report.delete({ where: { id } });
    if (report.isLatest && report.previousId) {
      await tx.report.updateMany({ where: { id: report.previousId, ownerSecretHash }, data: { isLatest: true } });
    }
    return true;
  });
}

/** One row of a candidate's own list: a version chain, shown by its newest version. */
export interface OwnedReportRow {
  id: string;
  createdAt: Date;
  sourceKind: string;
  tierLabel: string;
  coverage: number;
  versions: number;
}

const tierLabelSchema = z.object({ tier: z.object({ label: z.string() }) });
const LIST_LIMIT = 200;

/**
 * The owner's reports, newest first, one row per version chain (its newest version, with the number of versions
 * the owner holds in it). `onlyId` narrows the list to one report: what an owner link opened on this device grants.
 */
export async function listReportsForOwner({
  ownerSecretHash,
  onlyId,
}: {
  ownerSecretHash: string;
  onlyId?: string;
}): Promise<OwnedReportRow[]> {
  const rows = await db.report.findMany({
    where: { ownerSecretHash, ...(onlyId ? { id: onlyId } : {}) },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: { id: true, previousId: true, isLatest: true, createdAt: true, sourceKind: true, coverage: true },
    take: LIST_LIMIT * 5,
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const heads = (onlyId ? rows : rows.filter((row) => row.isLatest)).slice(0, LIST_LIMIT);
  const analyses = await db.report.findMany({
    where: { ownerSecretHash, id: { in: heads.map((row) => row.id) } },
    select: { id: true, analysis: true },
  });
  const tierLabels = new Map(analyses.map((row) => [row.id, tierLabelSchema.parse(JSON.parse(row.analysis)).tier.label]));
  return heads.map((head) => {
    let versions = 1;
    const seen = new Set([head.id]);
    for (let previous = head.previousId ? byId.get(head.previousId) : undefined; previous && !seen.has(previous.id); ) {
      seen.add(previous.id);
      versions++;
      previous = previous.previousId ? byId.get(previous.previousId) : undefined;
    }
    return {
      id: head.id,
      createdAt: head.createdAt,
      sourceKind: head.sourceKind,
      tierLabel: tierLabels.get(head.id) ?? "",
      coverage: head.coverage,
      versions: onlyId ? 1 : versions,
    };
  });
}
