import { currentCoach } from "@/app/_server/coach";
import { notFoundResponse } from "@/app/_server/not-found-response";
import { toCsv } from "@/lib/coach/csv";
import { clientLabelOrDefault, parseDashboardQuery } from "@/lib/coach/dashboard-query";
import { listAllReportsForCoach } from "@/lib/db/coach-reports";
import { formatPercent } from "@/lib/report/format";

/** One export holds at most this many rows: enough for any real practice, bounded for the server. */
const EXPORT_LIMIT = 20_000;

const HEADER = ["Client", "Date", "Tier", "Tier median (USD)", "Coverage", "Level", "Top missing skills", "Version"] as const;

/** The dashboard list as CSV, with the same filters and order as the page the coach was looking at. */
export async function GET(request: Request): Promise<Response> {
  const coach = await currentCoach();
  if (!coach) return notFoundResponse();
  const query = { ...parseDashboardQuery(new URL(request.url).searchParams), cursor: undefined };
  const rows = await listAllReportsForCoach({ coachId: coach.id, query, limit: EXPORT_LIMIT });
  const csv = toCsv(
    HEADER,
    rows.map((row) => [
      clientLabelOrDefault(row.clientLabel, row.id),
      row.createdAt.toISOString().slice(0, 10),
      row.tierLabel,
      row.tierMedianUsd,
      formatPercent(row.coverage),
      row.seniority,
      row.topMissing.join("; "),
      row.isLatest ? "latest" : "earlier",
    ]),
  );
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="skillgap-clients-${new Date().toISOString().slice(0, 10)}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
