import { z } from "zod";
import { cancelUploadProgress } from "@/app/_server/upload-progress";
import { getUploadProgress } from "@/lib/db/upload-progress";
import { AppError, errorBody } from "@/lib/errors";

/**
 * The upload form polls here while its upload runs, and cancels here: a route, because a page's server actions
 * run one at a time and a cancel must not wait behind the upload it stops. The key is the form's one-time random
 * key, known only to the page that made it; progress says nothing but the stage and page numbers.
 */
const keySchema = z.uuid();

function fail(code: "not-found" | "wrong-origin"): Response {
  const error = new AppError(code);
  return Response.json(errorBody(error), { status: error.status, headers: { "Cache-Control": "no-store" } });
}

export async function GET(_request: Request, { params }: { params: Promise<{ key: string }> }): Promise<Response> {
  const key = keySchema.safeParse((await params).key);
  if (!key.success) return fail("not-found");
  const progress = await getUploadProgress({ uploadKey: key.data });
  if (!progress) return fail("not-found");
  return Response.json(progress, { headers: { "Cache-Control": "no-store" } });
}

/** Cancels the upload. Only from this site's own pages: another site's page must not stop someone's upload. */
export async function POST(request: Request, { params }: { params: Promise<{ key: string }> }): Promise<Response> {
  const origin = request.headers.get("origin");
  if (!origin || URL.parse(origin)?.host !== request.headers.get("host")) return fail("wrong-origin");
  const key = keySchema.safeParse((await params).key);
  if (!key.success) return fail("not-found");
  await cancelUploadProgress({ uploadKey: key.data });
  return new Response(null, { status: 204 });
}
