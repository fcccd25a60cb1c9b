/**
 * Prints coach dashboard query latency against a seeded database (see scripts/seed-coach-bench.ts):
 *   DATABASE_URL=file:./data/bench.db npm run bench:coach
 * Each case runs the same function the /coach page runs, warm, many times; the figures are per query.
 */
import { performance } from "node:perf_hooks";
import { parseDashboardQuery } from "../lib/coach/dashboard-query";
import { summarizeCohort } from "../lib/coach/cohort";
import { countReports, explainQueryPlan } from "../lib/eval/bench-seed";
import { listCohortReportsForCoach } from "../lib/db/coach-cohort";
import { listAllReportsForCoach, listReportsForCoach } from "../lib/db/coach-reports";
import { seniorityLevelSchema } from "../lib/report/seniority";

const RUNS = 40;

async function time(label: string, run: () => Promise<unknown>, runs = RUNS) {
  for (let index = 0; index < 3; index++) await run();
  const samples: number[] = [];
  for (let index = 0; index < runs; index++) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!.toFixed(2);
  console.log(`${label.padEnd(58)} p50 ${at(0.5).padStart(7)} ms   p95 ${at(0.95).padStart(7)} ms`);
}

async function pageAt(coachId: string, search: string, pages: number) {
  let query = parseDashboardQuery(new URLSearchParams(search));
  let result = await listReportsForCoach({ coachId, query });
  for (let page = 1; page < pages && result.nextCursor; page++) {
    query = { ...query, cursor: result.nextCursor };
    result = await listReportsForCoach({ coachId, query });
  }
  return query;
}

console.log(`${(await countReports()).toLocaleString("en-US")} reports in the database.`);
for (const coachId of ["bench-big", "bench-7"]) {
  const all = await listAllReportsForCoach({ coachId, query: parseDashboardQuery(new URLSearchParams("versions=all")), limit: 1_000_000 });
  console.log(
    `\n${coachId}: ${all.length.toLocaleString("en-US")} reports (${all.filter((row) => row.isLatest).length.toLocaleString("en-US")} latest)`,
  );
  const cases: [string, string][] = [
    ["first page, newest first (the default)", ""],
    ["sort by coverage, highest first", "sort=coverage"],
    ["sort by tier, lowest first", "sort=tier&dir=asc"],
    ["filter tier=no-ai", "tier=no-ai"],
    ["filter tier=generative + level=senior, by coverage", "tier=generative&level=senior&sort=coverage"],
    ["search label 'Client 12'", "q=Client%2012"],
    ["all versions", "versions=all"],
  ];
  for (const [label, search] of cases) {
    const query = parseDashboardQuery(new URLSearchParams(search));
    await time(label, () => listReportsForCoach({ coachId, query }));
  }
  const page20 = await pageAt(coachId, "sort=coverage", 20);
  await time("page 20 by cursor, sort by coverage", () => listReportsForCoach({ coachId, query: page20 }));
  await time(
    "cohort view (query + summary)",
    async () => {
      const { reports } = await listCohortReportsForCoach({ coachId });
      return summarizeCohort(reports, { levels: seniorityLevelSchema.options });
    },
    10,
  );
  await time(
    "CSV export rows, all latest",
    () => listAllReportsForCoach({ coachId, query: parseDashboardQuery(new URLSearchParams()), limit: 20_000 }),
    5,
  );
}

const PLANS: [string, string][] = [
  ["default page", 'WHERE "coachId" = ? AND "isLatest" = 1 ORDER BY "createdAt" DESC, "id" DESC'],
  ["sort by tier", 'WHERE "coachId" = ? AND "isLatest" = 1 ORDER BY "tierMedianUsd" ASC, "id" ASC'],
  ["filter tier, newest first", 'WHERE "coachId" = ? AND "isLatest" = 1 AND "tierId" = \'no-ai\' ORDER BY "createdAt" DESC, "id" DESC'],
  ["all versions", 'WHERE "coachId" = ? ORDER BY "createdAt" DESC, "id" DESC'],
];
for (const [label, clause] of PLANS) {
  const plan = await explainQueryPlan(`SELECT "id" FROM "Report" ${clause} LIMIT 26`, "bench-big");
  console.log(`SQLite plan, ${label}: ${plan.join("; ")}`);
}
