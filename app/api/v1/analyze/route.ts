import { analyzeApiResume } from "../_lib/analyze";
import { addressLimitKey, apiRoute, jsonResponse, limitRate, readInput } from "../_lib/respond";
import { analyzeJsonSchema, analyzeMultipartSchema, reportSchema } from "../_lib/schemas";

/** A resume → its report JSON (lib/report/schema.ts). Nothing is stored: not the file, not the text, not the report. */
export const POST = apiRoute("POST /api/v1/analyze", async (request) => {
  await limitRate(await addressLimitKey());
  const input = await readInput(request, { json: analyzeJsonSchema, multipart: analyzeMultipartSchema });
  const { report } = await analyzeApiResume(input);
  return jsonResponse(reportSchema.parse(report));
});
