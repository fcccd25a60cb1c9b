import "server-only";
import { z } from "zod";
import { clientLabelOrDefault } from "../coach/dashboard-query";
import type { CohortReport } from "../coach/cohort";
import { db } from "./client";

/** The cohort reads every client's stored analysis; past this many clients it reads the most recent ones. */
export const COHORT_CLIENT_LIMIT = 2_000;
const EARLIER_VERSION_LIMIT = 20_000;

const cohortAnalysisSchema = z.object({
  tier: z.object({ id: z.string(), label: z.string() }),
  missing: z.array(z.object({ id: z.string(), name: z.string(), share: z.number() })),
});

/** The coach's clients' reports for the cohort view: latest versions with their gaps, earlier ones as points. */
export async function listCohortReportsForCoach({ coachId }: { coachId: string }): Promise<{ reports: CohortReport[]; capped: boolean }> {
  const [latest, earlier] = await Promise.all([
    db.report.findMany({
      where: { coachId, isLatest: true },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: COHORT_CLIENT_LIMIT + 1,
      select: { id: true, previousId: true, createdAt: true, coverage: true, seniority: true, clientLabel: true, analysis: true },
    }),
    db.report.findMany({
      where: { coachId, isLatest: false },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: EARLIER_VERSION_LIMIT,
      select: { id: true, previousId: true, createdAt: true, coverage: true, clientLabel: true },
    }),
  ]);
  const reports: CohortReport[] = [
    ...latest.slice(0, COHORT_CLIENT_LIMIT).map(({ analysis, clientLabel, ...row }) => {
      const parsed = cohortAnalysisSchema.parse(JSON.parse(analysis));
      return { ...row, isLatest: true, label: clientLabelOrDefault(clientLabel, row.id), tier: parsed.tier, missing: parsed.missing };
    }),
    ...earlier.map(({ clientLabel, ...row }) => ({
      ...row,
      isLatest: false,
      label: clientLabelOrDefault(clientLabel, row.id),
      tier: null,
      seniority: null,
      missing: [],
    })),
  ];
  return { reports, capped: latest.length > COHORT_CLIENT_LIMIT };
}
