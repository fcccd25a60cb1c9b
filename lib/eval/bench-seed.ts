import "server-only";
import { db } from "../db/client";

/** Bulk inserts for the dashboard benchmark's synthetic data: tooling, so it lives here rather than among the app's queries in lib/db. */
export async function insertBenchCoaches(coaches: { id: string; name: string; email: string; intakeCode: string }[]): Promise<void> {
  await db.user.createMany({ data: coaches });
}

export interface BenchReportRow {
  id: string;
  createdAt: Date;
  snapshotId: string;
  ownerSecretHash: string;
  coachId: string | null;
  clientLabel: string | null;
  previousId: string | null;
  isLatest: boolean;
  text: string;
  analysis: string;
  tierId: string;
  tierMedianUsd: number;
  coverage: number;
  seniority: string;
}

export async function insertBenchReports(rows: BenchReportRow[]): Promise<void> {
  await db.report.createMany({ data: rows.map((row) => ({ ...row, sourceKind: "text" })) });
}

export async function countReports(): Promise<number> {
  return db.report.count();
}

/** SQLite's plan for a statement, to show which index a dashboard query uses. */
export async function explainQueryPlan(sql: string, ...params: unknown[]): Promise<string[]> {
  const rows = await db.$queryRawUnsafe<{ detail: string }[]>(`EXPLAIN QUERY PLAN ${sql}`, ...params);
  return rows.map((row) => row.detail);
}
