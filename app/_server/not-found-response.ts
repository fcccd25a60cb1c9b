import "server-only";
import { AppError, errorBody } from "@/lib/errors";

/** The one not-found a route handler answers, whatever the reason: the same body and status as the HTTP API's. */
export function notFoundResponse(): Response {
  return Response.json(errorBody(new AppError("not-found")), { status: 404, headers: { "Cache-Control": "no-store" } });
}
