import "server-only";
import { reportSchema, type Report } from "../report/schema";
import type { Prisma } from "../generated/prisma/client";
import { db } from "./client";

/** A chain holding more versions than this is cut rather than walked without end. */
const MAX_VERSIONS = 200;

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
 * The versions of a report that this coach may see, oldest first. Every query has the coach in its `where`, so a
 * version the candidate did not share with this coach is neither listed nor walked through.
 */
export async function listVersionsForCoach({ id, coachId }: { id: string; coachId: string }): Promise<VersionSummary[]> {
  return walkChain({ id, access: { coachId } });
}

/** The ids of every version of the owner's report, branches included, for attaching or detaching them together. */
export async function listVersionIdsForOwner({ id, ownerSecretHash }: { id: string; ownerSecretHash: string }): Promise<string[]> {
  return (await walkChain({ id, access: { ownerSecretHash } })).map((version) => version.id);
}

/**
 * Every version connected to this one through `previousId`, in both directions and down every branch (two new
 * versions uploaded from one page both count), among the rows `access` allows. One query per generation.
 */
async function walkChain({ id, access }: { id: string; access: Prisma.ReportWhereInput }): Promise<VersionSummary[]> {
  const start = await db.report.findFirst({ where: { id, ...access }, select: versionSelect });
  if (!start) return [];
  type Row = VersionSummary & { previousId: string | null };
  const found = new Map<string, Row>([[start.id, start]]);
  let frontier: Row[] = [start];
  while (frontier.length > 0 && found.size < MAX_VERSIONS) {
    const olderIds = frontier.flatMap((row) => (row.previousId && !found.has(row.previousId) ? [row.previousId] : []));
    const rows = await db.report.findMany({
      where: { AND: [access, { OR: [{ id: { in: olderIds } }, { previousId: { in: frontier.map((row) => row.id) } }] }] },
      select: versionSelect,
      take: MAX_VERSIONS,
    });
    frontier = rows.filter((row) => !found.has(row.id));
    for (const row of frontier) found.set(row.id, row);
  }
  return [...found.values()]
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id))
    .slice(0, MAX_VERSIONS)
    .map(({ previousId: _previous, ...version }) => version);
}

/**
 * Which versions an attach or detach moves: the whole chain the owner holds, or just this report (all an owner
 * link's holder may act on: the link opens one report, not its history).
 */
export type VersionScope = "chain" | "report";

async function idsInScope({ id, ownerSecretHash, scope }: { id: string; ownerSecretHash: string; scope: VersionScope }) {
  if (scope === "chain") return listVersionIdsForOwner({ id, ownerSecretHash });
  return (await db.report.count({ where: { id, ownerSecretHash } })) === 1 ? [id] : [];
}

/** Assigns the owner's report (every version, unless scoped to one) to a coach; false when the owner holds no such report. */
export async function attachReportToCoach({
  id,
  ownerSecretHash,
  coachId,
  clientLabel,
  scope = "chain",
}: {
  id: string;
  ownerSecretHash: string;
  coachId: string;
  clientLabel: string | null;
  scope?: VersionScope;
}): Promise<boolean> {
  const ids = await idsInScope({ id, ownerSecretHash, scope });
  if (ids.length === 0) return false;
  await db.report.updateMany({ where: { id: { in: ids }, ownerSecretHash }, data: { coachId, clientLabel } });
  return true;
}

/** Takes the owner's report (every version, unless scoped to one) away from its coach: their next request finds nothing. */
export async function detachReportFromCoach({
  id,
  ownerSecretHash,
  scope = "chain",
}: {
  id: string;
  ownerSecretHash: string;
  scope?: VersionScope;
}): Promise<boolean> {
  const ids = await idsInScope({ id, ownerSecretHash, scope });
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
