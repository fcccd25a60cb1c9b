import { getReportForOwner } from "@/lib/db/reports";
import { reportSchema } from "@/lib/report/schema";
import { isWellFormedToken } from "@/lib/tokens";
import { ownerHashForReport } from "@/app/_server/owner";

/** The stored report as JSON, validated against the report schema, for its owner only; anyone else gets 404. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const ownerSecretHash = await ownerHashForReport(id);
  const stored = ownerSecretHash && isWellFormedToken(id) ? await getReportForOwner({ id, ownerSecretHash }) : null;
  if (!stored) {
    return Response.json(
      { error: { code: "not-found", message: "No report here." } },
      { status: 404, headers: { "Cache-Control": "no-store" } },
    );
  }
  const date = stored.createdAt.toISOString().slice(0, 10);
  return new Response(JSON.stringify(reportSchema.parse(stored.report), null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="skillgap-report-${date}.json"`,
      "Cache-Control": "private, no-store",
    },
  });
}
