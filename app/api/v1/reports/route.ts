import { randomUUID } from "node:crypto";
import { findCoachByApiKey } from "@/lib/db/api-keys";
import { createReport } from "@/lib/db/reports";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { hashToken, newToken } from "@/lib/tokens";
import { analyzeApiResume } from "../_lib/analyze";
import { apiRoute, bearerToken, jsonResponse, limitRate, readInput } from "../_lib/respond";
import { savedReportSchema, saveReportJsonSchema, saveReportMultipartSchema } from "../_lib/schemas";

/**
 * A resume → a report saved in the workspace of the coach whose API key signs the request, under the client label
 * sent with it. The key is checked before the body is read; requests count against the key's own upload limit.
 */
export const POST = apiRoute("POST /api/v1/reports", async (request) => {
  const token = bearerToken(request);
  const caller = token ? await findCoachByApiKey({ key: token }) : null;
  if (!caller)
    throw new AppError("unauthorized", "Send a working API key: Authorization: Bearer <key>. Coaches make keys on their account page.");
  await limitRate(`api-key:${caller.keyId}`);
  const input = await readInput(request, { json: saveReportJsonSchema, multipart: saveReportMultipartSchema });
  const analyzed = await analyzeApiResume(input);
  const id = await createReport({
    // No browser owns a report made through the API: its owner secret is one nobody holds, so only the coach sees it.
    ownerSecretHash: hashToken(newToken(32)),
    snapshotId: analyzed.report.snapshot.id,
    report: analyzed.report,
    text: analyzed.text,
    fileName: analyzed.fileName,
    uploadKey: randomUUID(),
    coachId: caller.coachId,
    clientLabel: input.data.clientLabel,
    targetIndustry: analyzed.industry,
    targetCountry: analyzed.country,
    postingText: analyzed.posting,
  });
  return jsonResponse(savedReportSchema.parse({ id, url: new URL(`/coach/reports/${id}`, env.APP_URL).href }), 201);
});
