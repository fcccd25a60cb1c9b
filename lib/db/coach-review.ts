import "server-only";
import { reportSchema, type Report } from "../report/schema";
import type { Prisma } from "../generated/prisma/client";
import { db } from "./client";

/** Versions are walked one link at a time; a chain longer than this is cut rather than looped over forever. */
const MAX_VERSIONS = 50;

export interface CoachReport {
  id: string;
  createdAt: Date;
  clientLabel: string | null;
  isLatest: boolean;
  report: Report;
}

/** A client's report for their coach: null unless it is assigned to this coach right now. */
export async function getReportForCoach({ id, coachId }: { id: string; coachId: string }): Promise<CoachReport | null> {
  const row = await db.report.findFirst({
    where: { id, coachId },
    // Never the file name: it is the candidate's, and often their own name, to a coach who knows them by a label.
    select: { id: true, createdAt: true, clientLabel: true, isLatest: true, analysis: true },
  });
  if (!row) return null;
  const { analysis, ...rest } = row;
  return { ...rest, report: reportSchema.parse(JSON.parse(analysis)) };
}

export interface VersionSummary {
  id: string;
  createdAt: Date;
  coverage: number;
  tierId: string;
  seniority: string;
}

const versionSelect = { id: true, createdAt: true, coverage: true, tierId: true, seniority: true, previousId: true } as const;

/**
 * The versions of a report that this coach may see, oldest first. Each step is its own query with the coach in
 * the `where`, so a version the candidate did not share with this coach ends the walk instead of leaking.
 */
export async function listVersionsForCoach({ id, coachId }: { id: string; coachId: string }): Promise<VersionSummary[]> {
  return walkChain({ id, access: { coachId } });
}

/** The ids of every version of the owner's report, for attaching or detaching them together. */
export async function listVersionIdsForOwner({ id, ownerSecretHash }: { id: string; ownerSecretHash: string }): Promise<string[]> {
  return (await walkChain({ id, access: { ownerSecretHash } })).map((version) => version.id);
}

async function walkChain({ id, access }: { id: string; access: Prisma.ReportWhereInput }): Promise<VersionSummary[]> {
  const start = await db.report.findFirst({ where: { id, ...access }, select: versionSelect });
  if (!start) return [];
  type Row = VersionSummary & { previousId: string | null };
  const older: Row[] = [];
  let previousId = start.previousId;
  while (previousId && older.length < MAX_VERSIONS) {
    const row = await db.report.findFirst({ where: { id: previousId, ...access }, select: versionSelect });
    if (!row) break;
    older.unshift(row);
    previousId = row.previousId;
  }
  const newer: Row[] = [];
  let currentId = start.id;
  while (newer.length < MAX_VERSIONS) {
    const row = await db.report.findFirst({
      where: { previousId: currentId, ...access },
      select: versionSelect,
      orderBy: { createdAt: "asc" },
    });
    if (!row) break;
    newer.push(row);
    currentId = row.id;
  }
  return [...older, start, ...newer].map(({ previousId: _previous, ...version }) => version);
}

/** Assigns the owner's report (all its versions) to a coach; returns false when the owner holds no such report. */
export async function attachReportToCoach({
  id,
  ownerSecretHash,
  coachId,
  clientLabel,
}: {
  id: string;
  ownerSecretHash: string;
  coachId: string;
  clientLabel: string | null;
}): Promise<boolean> {
  const ids = await listVersionIdsForOwner({ id, ownerSecretHash });
  if (ids.length === 0) return false;
  await db.report.updateMany({ where: { id: { in: ids }, ownerSecretHash }, data: { coachId, clientLabel } });
  return true;
}

/** Takes the owner's report (all its versions) away from its coach: their next request finds nothing. */
export async function detachReportFromCoach({ id, ownerSecretHash }: { id: string; ownerSecretHash: string }): Promise<boolean> {
  const ids = await listVersionIdsForOwner({ id, ownerSecretHash });
  if (ids.length === 0) return false;
  await db.report.updateMany({ where: { id: { in: ids }, ownerSecretHash }, data: { coachId: null } });
  return true;
}

/** The coach a report is shared with, for the owner's own page. */
export async function getReportCoachForOwner({
  id,
  ownerSecretHash,
}: {
  id: string;
  ownerSecretHash: string;
}): Promise<{ name: string; clientLabel: string | null } | null> {
  const row = await db.report.findFirst({
    where: { id, ownerSecretHash, coachId: { not: null } },
    select: { clientLabel: true, coach: { select: { name: true } } },
  });
  return row?.coach ? { name: row.coach.name, clientLabel: row.clientLabel } : null;
}
