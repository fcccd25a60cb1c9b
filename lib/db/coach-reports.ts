import "server-only";
import { z } from "zod";
import { type DashboardQuery, decodeCursor, encodeCursor, PAGE_SIZE } from "../coach/dashboard-query";
import type { Prisma } from "../generated/prisma/client";
import { db } from "./client";
import { containsIgnoringCase } from "./text-search";

export interface DashboardRow {
  id: string;
  createdAt: Date;
  clientLabel: string | null;
  tierId: string;
  tierLabel: string;
  tierMedianUsd: number;
  coverage: number;
  seniority: string;
  topMissing: string[];
  isLatest: boolean;
}

export interface DashboardPage {
  rows: DashboardRow[];
  nextCursor: string | null;
}

/** Only the parts of the stored analysis a list row needs: parsing the whole report per row would be waste. */
const rowAnalysisSchema = z.object({
  tier: z.object({ label: z.string() }),
  missing: z.array(z.object({ name: z.string() })),
});

const SORT_COLUMN = { date: "createdAt", coverage: "coverage", tier: "tierMedianUsd" } as const;

/**
 * Prisma's `contains` becomes LIKE without escaping "%" and "_", so they would act as wildcards: the search matches
 * the literal pieces between them instead (a query of nothing but wildcards matches nothing), ignoring case.
 */
function labelSearch(q: string): Prisma.ReportWhereInput {
  const pieces = q.split(/[%_]+/).filter(Boolean);
  if (pieces.length === 0) return { id: { in: [] } };
  return { AND: pieces.map((piece) => ({ clientLabel: containsIgnoringCase(piece) })) };
}

/** The filters of a dashboard query, always inside the coach's own reports. */
function dashboardWhere(coachId: string, query: DashboardQuery): Prisma.ReportWhereInput {
  return {
    coachId,
    ...(query.versions === "latest" ? { isLatest: true } : {}),
    ...(query.q ? labelSearch(query.q) : {}),
    ...(query.tier ? { tierId: query.tier } : {}),
    ...(query.level ? { seniority: query.level } : {}),
  };
}

function afterCursor(query: DashboardQuery): Prisma.ReportWhereInput {
  const cursor = decodeCursor(query.cursor);
  if (!cursor) return {};
  const column = SORT_COLUMN[query.sort];
  const value = column === "createdAt" ? new Date(cursor.value) : cursor.value;
  const op = query.dir === "desc" ? "lt" : "gt";
  return { OR: [{ [column]: { [op]: value } }, { [column]: value, id: { [op]: cursor.id } }] };
}

/** One page of the coach's clients' reports, filtered and sorted in the database, keyset-paginated. */
export async function listReportsForCoach({
  coachId,
  query,
  pageSize = PAGE_SIZE,
}: {
  coachId: string;
  query: DashboardQuery;
  pageSize?: number;
}): Promise<DashboardPage> {
  const column = SORT_COLUMN[query.sort];
  const rows = await db.report.findMany({
    where: { AND: [dashboardWhere(coachId, query), afterCursor(query)] },
    orderBy: [{ [column]: query.dir }, { id: query.dir }],
    take: pageSize + 1,
    select: {
      id: true,
      createdAt: true,
      clientLabel: true,
      tierId: true,
      tierMedianUsd: true,
      coverage: true,
      seniority: true,
      isLatest: true,
      analysis: true,
    },
  });
  const page = rows.slice(0, pageSize).map(({ analysis, ...row }) => {
    const parsed = rowAnalysisSchema.parse(JSON.parse(analysis));
    return { ...row, tierLabel: parsed.tier.label, topMissing: parsed.missing.slice(0, 3).map((gap) => gap.name) };
  });
  const last = page.at(-1);
  const nextCursor =
    rows.length > pageSize && last
      ? encodeCursor({ value: column === "createdAt" ? last.createdAt.getTime() : last[column], id: last.id })
      : null;
  return { rows: page, nextCursor };
}

/** Every row of a dashboard query, page by page (the CSV export), capped so one request cannot run unbounded. */
export async function listAllReportsForCoach({
  coachId,
  query,
  limit,
}: {
  coachId: string;
  query: DashboardQuery;
  limit: number;
}): Promise<DashboardRow[]> {
  const all: DashboardRow[] = [];
  let cursor: string | undefined;
  do {
    const page = await listReportsForCoach({ coachId, query: { ...query, cursor }, pageSize: 500 });
    all.push(...page.rows);
    cursor = page.nextCursor ?? undefined;
  } while (cursor && all.length < limit);
  return all.slice(0, limit);
}
