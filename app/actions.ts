"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { takeRateLimit } from "@/lib/db/rate-limits";
import { createReport } from "@/lib/db/reports";
import { getCurrentSnapshot } from "@/lib/db/snapshots";
import { env } from "@/lib/env";
import { analyze } from "@/lib/report/analyze";
import { APP_ERRORS, AppError } from "@/lib/errors";
import type { ResumeInput } from "@/lib/resume/read";
import type { FormState } from "./_server/form-state";
import { clientAddress } from "./_server/client-address";
import { ensureOwnerHash } from "./_server/owner";
import { endUploadProgress, readResumeWithProgress, throwIfUploadCancelled } from "./_server/upload-progress";
import { findPreviousVersion, parseReportInputs, PREVIOUS_NOT_FOUND } from "./_server/report-inputs";
import { coachAssignment } from "./intake/assignment";

const uploadSchema = z
  .object({
    uploadKey: z.uuid({ message: "This form expired. Reload the page and try again." }),
    file: z
      .instanceof(File)
      .optional()
      // With no file chosen the form still sends an empty part with an empty filename, which reaches the action
      // named "undefined"; an empty file the user did choose keeps its name and is reported as an empty upload.
      .transform((file) => (file && (file.size > 0 || !["", "undefined", "blob"].includes(file.name)) ? file : undefined)),
    text: z
      .string()
      .optional()
      .transform((text) => (text?.trim() ? text : undefined)),
  })
  .refine((input) => input.file || input.text, {
    message: "Choose a resume file, or paste your resume text.",
    path: ["file"],
  });

/** Reads the uploaded or pasted resume, analyzes it, saves the report and opens it. */
export async function analyzeResume(_state: FormState, formData: FormData): Promise<FormState> {
  const ownerSecretHash = await ensureOwnerHash();

  const parsed = uploadSchema.safeParse({
    uploadKey: formData.get("uploadKey"),
    file: formData.get("file") ?? undefined,
    text: formData.get("text") ?? undefined,
  });
  const inputs = parseReportInputs(formData);
  if (!parsed.success || !inputs.success) {
    const fieldErrors = {
      ...(parsed.success ? {} : z.flattenError(parsed.error).fieldErrors),
      ...(inputs.success ? {} : z.flattenError(inputs.error).fieldErrors),
    };
    return { code: "invalid-input", message: "Check the form.", fieldErrors };
  }
  const { industry, country, previousId, posting } = inputs.data;
  const { file, text, uploadKey } = parsed.data;
  const assignment = await coachAssignment(formData);
  if (!assignment.ok) return assignment.state;
  if (file && file.size > env.MAX_UPLOAD_BYTES) return { code: "too-large", message: APP_ERRORS["too-large"].message };
  const limit = await takeRateLimit({
    key: `upload:${await clientAddress()}`,
    max: env.UPLOAD_RATE_MAX,
    windowSeconds: env.UPLOAD_RATE_WINDOW_SECONDS,
  });
  if (!limit.allowed) {
    const minutes = Math.ceil(limit.retryAfterSeconds / 60);
    return {
      code: "rate-limited",
      message: `Too many resumes were sent from your network just now. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}; nothing was saved.`,
    };
  }

  let reportId: string;
  try {
    const previous = await findPreviousVersion(previousId, ownerSecretHash);
    if (previous === null) return PREVIOUS_NOT_FOUND;
    const input: ResumeInput = file
      ? { kind: "file", bytes: new Uint8Array(await file.arrayBuffer()) }
      : { kind: "text", text: text ?? "" };
    const resume = await readResumeWithProgress(uploadKey, input);
    const snapshot = await getCurrentSnapshot();
    const report = analyze(resume, snapshot, {
      target: { industry, country },
      previous: previous ? { id: previous.id, report: previous.report } : null,
      postingText: posting,
    });
    await throwIfUploadCancelled(uploadKey);
    reportId = await createReport({
      ownerSecretHash,
      snapshotId: snapshot.id,
      report,
      text: resume.text,
      fileName: file?.name.slice(0, 200) ?? null,
      uploadKey,
      previousId: previous?.id ?? null,
      targetIndustry: industry ?? null,
      targetCountry: country ?? null,
      postingText: posting ?? null,
      coachId: assignment.coachId,
      clientLabel: assignment.clientLabel,
    });
  } catch (error) {
    if (error instanceof AppError) return { code: error.code, message: error.message };
    console.error("analyzeResume failed", error);
    return { code: "internal", message: "SkillGap could not save this report. Try again in a moment." };
  } finally {
    await endUploadProgress(uploadKey);
  }
  redirect(`/reports/${reportId}`);
}
