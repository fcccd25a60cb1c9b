import { notFoundResponse } from "@/app/_server/not-found-response";
import { ownerHashForReport } from "@/app/_server/owner";
import { getReportForOwner } from "@/lib/db/reports";
import { reportSchema } from "@/lib/report/schema";

/** The stored report as JSON, validated against the report schema, for its owner only; anyone else gets 404. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const ownerSecretHash = await ownerHashForReport(id);
  const stored = ownerSecretHash ? await getReportForOwner({ id, ownerSecretHash }) : null;
  if (!stored) return notFoundResponse();
  const date = stored.createdAt.toISOString().slice(0, 10);
  return new Response(JSON.stringify(reportSchema.parse(stored.report), null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="skillgap-report-${date}.json"`,
      "Cache-Control": "private, no-store",
    },
  });
}
