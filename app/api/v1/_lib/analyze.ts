import "server-only";
import type { z } from "zod";
import { getCurrentSnapshot } from "@/lib/db/snapshots";
import { analyze } from "@/lib/report/analyze";
import type { Report } from "@/lib/report/schema";
import { readResume } from "@/lib/resume/read";
import type { ApiInput } from "./respond";
import type { analyzeJsonSchema, analyzeMultipartSchema } from "./schemas";
import { readerOptions } from "@/lib/reader-options";

export type AnalyzeInput = ApiInput<typeof analyzeJsonSchema, typeof analyzeMultipartSchema>;

export interface AnalyzedResume {
  report: Report;
  /** The stored form of the resume: normalized, contact details removed. */
  text: string;
  fileName: string | null;
  industry: string | null;
  country: string | null;
  posting: string | null;
}

/**
 * A resume sent to the API → its report, the same way the upload form makes one: the file is read in the parser
 * pool (lib/resume/read.ts), then analyzed against the current snapshot. Nothing is stored here.
 */
export async function analyzeApiResume(input: AnalyzeInput): Promise<AnalyzedResume> {
  const fields =
    input.kind === "json"
      ? { text: input.data.text, file: undefined, posting: input.data.posting, ...input.data.target }
      : (input.data as z.output<typeof analyzeMultipartSchema>);
  const resume = await readResume(
    fields.file ? { kind: "file", bytes: new Uint8Array(await fields.file.arrayBuffer()) } : { kind: "text", text: fields.text ?? "" },
    readerOptions(),
  );
  const snapshot = await getCurrentSnapshot();
  const report = analyze(resume, snapshot, {
    target: { industry: fields.industry, country: fields.country },
    postingText: fields.posting,
  });
  return {
    report,
    text: resume.text,
    fileName: fields.file?.name.slice(0, 200) || null,
    industry: fields.industry ?? null,
    country: fields.country ?? null,
    posting: fields.posting ?? null,
  };
}
