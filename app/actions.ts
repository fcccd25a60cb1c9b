"use server";

import { z } from "zod";
import { takeRateLimit } from "@/lib/db/rate-limits";
import { createReport } from "@/lib/db/reports";
import { getSnapshotForNewReport } from "@/lib/db/snapshots";
import { env } from "@/lib/env";
import { APP_ERRORS, AppError, FIELD_ERRORS, rateLimitedMessage } from "@/lib/errors";
import { analyze } from "@/lib/report/analyze";
import { reportInputsSchema } from "@/lib/report/inputs";
import { cleanFileName } from "@/lib/resume/contacts";
import type { ResumeInput } from "@/lib/resume/read";
import { failure, openAfterAction, publicAction } from "./_server/action";
import { ensureOwnerHash } from "./_server/owner";
import { endUploadProgress, readResumeWithProgress } from "./_server/upload-progress";
import { findPreviousVersion } from "./_server/report-inputs";
import { assignmentFields, coachAssignment } from "./intake/assignment";

const uploadSchema = reportInputsSchema
  .extend({
    uploadKey: z.uuid({ message: APP_ERRORS["form-expired"].message }),
    file: z
      .instanceof(File)
      .optional()
      // With no file chosen the form still sends an empty part with an empty filename, which reaches the action
      // named "undefined"; an empty file the user did choose keeps its name and is reported as an empty upload.
      .transform((file) => (file && (file.size > 0 || !["", "undefined", "blob"].includes(file.name)) ? file : undefined)),
    text: z
      .string()
      // The same limit a file's text meets (too-much-text), checked before anything reads the text.
      .refine((text) => text.length <= env.MAX_TEXT_CHARS, {
        message: APP_ERRORS["too-much-text"].message,
        params: { errorCode: "too-much-text" },
      })
      .optional()
      .transform((text) => (text?.trim() ? text : undefined)),
    snapshotId: z
      .string()
      .max(200)
      .optional()
      .transform((id) => id || undefined),
    ...assignmentFields,
  })
  .refine((input) => input.file || input.text, {
    message: FIELD_ERRORS["resume-missing"],
    path: ["file"],
  });

/** Reads the uploaded or pasted resume, analyzes it, saves the report and opens it. */
export const analyzeResume = publicAction(uploadSchema, async function analyzeResume(input, caller) {
  const ownerSecretHash = await ensureOwnerHash();
  const { industry, country, previousId, posting, file, text, uploadKey } = input;
  const assignment = await coachAssignment(input);
  if (!assignment.ok) return assignment;
  if (file && file.size > env.MAX_UPLOAD_BYTES) return failure("too-large");
  const limit = await takeRateLimit({
    key: `upload:${caller.clientAddress}`,
    max: env.UPLOAD_RATE_MAX,
    windowSeconds: env.UPLOAD_RATE_WINDOW_SECONDS,
  });
  if (!limit.allowed) return failure("rate-limited", rateLimitedMessage(limit.retryAfterSeconds));

  let reportId: string;
  let ended = false;
  try {
    const previous = await findPreviousVersion(previousId, ownerSecretHash);
    if (previous === null) return failure("previous-not-found");
    const resumeInput: ResumeInput = file
      ? { kind: "file", bytes: new Uint8Array(await file.arrayBuffer()) }
      : { kind: "text", text: text ?? "" };
    const resume = await readResumeWithProgress(uploadKey, resumeInput);
    // The public market the candidate picked, else their coach's market, else the newest public one.
    const snapshot = await getSnapshotForNewReport({
      pickedId: input.snapshotId,
      coachId: assignment.coachId,
      coachMarketId: assignment.coachMarketId,
    });
    const report = analyze(resume, snapshot, {
      target: { industry, country },
      previous: previous ? { id: previous.id, report: previous.report } : null,
      postingText: posting,
    });
    // The progress row ends before the save: a cancel that arrived while the report was analyzed saves nothing.
    ended = true;
    if ((await endUploadProgress(uploadKey)).cancelled) throw new AppError("cancelled");
    reportId = await createReport({
      ownerSecretHash,
      snapshotId: snapshot.id,
      report,
      text: resume.text,
      // Stored only with contact details removed ("Jane_Doe_jane@example.com.pdf"); never shown to a coach.
      fileName: file ? cleanFileName(file.name) : null,
      uploadKey,
      previousId: previous?.id ?? null,
      targetIndustry: industry ?? null,
      targetCountry: country ?? null,
      postingText: posting ?? null,
      coachId: assignment.coachId,
      clientLabel: assignment.clientLabel,
    });
  } finally {
    // The form's progress row ends with the upload, saved or not.
    if (!ended) await endUploadProgress(uploadKey);
  }
  return openAfterAction(`/reports/${reportId}`);
});
