import { z } from "zod";

/**
 * Every way reading a resume can fail, with the sentence a person reads. The same codes reach the web form, the
 * command line's JSON and tests, so they never change meaning.
 */
export const RESUME_ERRORS = {
  "empty-file": "This file is empty. Choose the resume file again, or paste its text instead.",
  "too-large": "This file is too large: over the 5 MB limit, or it unpacks to far more than a resume would. Export a smaller file (without embedded images), or paste the text instead.",
  "unsupported-type": "This file is not a resume format SkillGap reads. Upload a PDF, a Word document (.docx) or a plain-text file, or paste the text.",
  encrypted: "This PDF is password-protected. Save a copy without a password, or paste the text instead.",
  corrupt: "This file looks damaged and could not be opened. Export it again from your editor, or paste the text instead.",
  "no-text-layer": "This PDF has no text layer: it looks scanned. Upload the DOCX it was made from, or paste the text instead.",
  "too-many-pages": "This PDF has more pages than a resume usually has. Upload just your resume, or paste its text.",
  timeout: "Reading this file took too long. Export it again as a simple PDF, or paste the text instead.",
  "too-little-text": "There is too little text here to analyze. Paste your whole resume, or upload the full file.",
  "too-much-text": "This text is longer than a resume usually is. Paste just your resume.",
} as const;

export const resumeErrorCodeSchema = z.enum(Object.keys(RESUME_ERRORS) as [keyof typeof RESUME_ERRORS]);
export type ResumeErrorCode = z.infer<typeof resumeErrorCodeSchema>;

/** A resume that cannot be read. `message` is the user-facing sentence for its code. */
export class ResumeError extends Error {
  constructor(
    readonly code: ResumeErrorCode,
    message: string = RESUME_ERRORS[code],
  ) {
    super(message);
    this.name = "ResumeError";
  }
}
