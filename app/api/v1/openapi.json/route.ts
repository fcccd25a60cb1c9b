import { env } from "@/lib/env";
import { apiRoute } from "../_lib/respond";
import { openApiDocument } from "../_lib/openapi";

export const dynamic = "force-dynamic";

/** The OpenAPI 3.1 document, for client generators and the docs page's readers. */
export const GET = apiRoute("GET /api/v1/openapi.json", async () =>
  Response.json(openApiDocument(env.APP_URL), { headers: { "Cache-Control": "public, max-age=300" } }),
);
