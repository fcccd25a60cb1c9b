import { readResume } from "@/lib/resume/read";
import { extractPostingSkills } from "@/lib/skills/posting";
import { addressLimitKey, apiRoute, jsonResponse, limitRate, parseOrThrow, readInput } from "../../_lib/respond";
import { postingAnalysisSchema, postingJsonSchema, postingMultipartSchema } from "../../_lib/schemas";
import { readerOptions } from "@/lib/reader-options";

/** A job posting → the skills it asks for, each required or preferred. Nothing is stored. */
export const POST = apiRoute("POST /api/v1/postings/analyze", async (request) => {
  await limitRate(await addressLimitKey());
  const input = await readInput(request, { json: postingJsonSchema, multipart: postingMultipartSchema });
  const file = input.kind === "multipart" ? input.data.file : undefined;
  // A posting file is read like a resume file: in the parser pool, with the same limits.
  const text = file
    ? (await readResume({ kind: "file", bytes: new Uint8Array(await file.arrayBuffer()) }, readerOptions())).text
    : input.data.text;
  const posting = parseOrThrow(postingJsonSchema.shape.text, text);
  return jsonResponse(postingAnalysisSchema.parse({ skills: extractPostingSkills(posting) }));
});
