import { currentCoach } from "@/app/_server/coach";
import { importView } from "@/app/coach/import/view";
import { getImportForCoach } from "@/lib/db/imports";
import { AppError, errorBody } from "@/lib/errors";
import { isWellFormedToken } from "@/lib/tokens";

/** Every file's row of one of the coach's imports, polled by the import page while files are read. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  const coach = await currentCoach();
  const detail = coach && isWellFormedToken(id) ? await getImportForCoach({ id, coachId: coach.id }) : null;
  if (!detail) return Response.json(errorBody(new AppError("not-found")), { status: 404 });
  return Response.json(importView(detail), { headers: { "Cache-Control": "private, no-store" } });
}
