import { z } from "zod";

/**
 * The one error vocabulary: every way a request can fail, with its HTTP status and the sentence a person reads.
 * The web forms, the route handlers, the HTTP API and the command line all answer with these codes, so a code never
 * changes meaning. A sentence says what happened and what to do; callers may pass a more precise one.
 */
export const APP_ERRORS = {
  // Reading a resume or a posting.
  "empty-file": { status: 422, message: "This file is empty. Choose the resume file again, or paste its text instead." },
  "too-large": {
    status: 413,
    message:
      "This file is too large: over the upload limit, or it unpacks to far more than a resume would. Export a smaller file (without embedded images), or paste the text instead.",
  },
  "unsupported-type": {
    status: 415,
    message:
      "This file is not a resume format SkillGap reads. Upload a PDF, a Word document (.docx) or a plain-text file, or paste the text.",
  },
  encrypted: { status: 422, message: "This PDF is password-protected. Save a copy without a password, or paste the text instead." },
  corrupt: {
    status: 422,
    message: "This file looks damaged and could not be opened. Export it again from your editor, or paste the text instead.",
  },
  "no-text-layer": {
    status: 422,
    message: "This PDF has no text layer: it looks scanned. Upload the DOCX it was made from, or paste the text instead.",
  },
  "too-many-pages": {
    status: 422,
    message: "This PDF has more pages than a resume usually has. Upload just your resume, or paste its text.",
  },
  timeout: { status: 422, message: "Reading this file took too long. Export it again as a simple PDF, or paste the text instead." },
  "too-little-text": {
    status: 422,
    message: "There is too little text here to analyze. Paste your whole resume, or upload the full file.",
  },
  "too-much-text": { status: 413, message: "This text is longer than a resume usually is. Paste just your resume." },
  cancelled: { status: 499, message: "Reading was cancelled; nothing was saved. Upload the file again when you are ready." },
  "bad-row": {
    status: 422,
    message: "This row of the postings file could not be read: check its quotes and commas (or its JSON). The other rows were counted.",
  },
  "no-text-column": {
    status: 422,
    message: 'This postings file has no column with the posting text: name it "text" or "description" and upload it again.',
  },
  "no-postings": {
    status: 422,
    message: "No posting could be counted: every file or row was unreadable or a duplicate. Check the files and try again.",
  },

  // Any request.
  "invalid-input": { status: 400, message: "Check the form: some fields need another value." },
  "form-expired": { status: 400, message: "This form expired. Reload the page and try again." },
  unauthorized: { status: 401, message: "Sign in first, or send a valid API key in the Authorization header." },
  "not-found": { status: 404, message: "This is not here, or not open to you. Check the link, or reload the page." },
  "intake-expired": { status: 404, message: "No coach has this intake code now. Ask your coach for their current link." },
  "consent-required": { status: 422, message: "Tick the box to agree that your coach will see this report." },
  "previous-not-found": {
    status: 404,
    message: "SkillGap could not find the report this version replaces. Open that report again, or upload from the home page.",
  },
  "owner-link-limit": {
    status: 403,
    message:
      "A private link opens this one report only. Make new private links, and change its other versions, from the browser you made the report on.",
  },
  "rate-limited": {
    status: 429,
    message: "Too many requests from your network just now. Wait a few minutes and try again; nothing was saved.",
  },
  "wrong-origin": {
    status: 403,
    message: "This page was opened at an address SkillGap does not serve. Open it at the address your administrator gave you.",
  },
  internal: { status: 500, message: "Something went wrong on our side and nothing was saved. Try again in a moment." },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof APP_ERRORS;

/**
 * Sentences for one field of a form, shown beside that field; the form as a whole fails with "invalid-input".
 * Kept here with the codes so the web forms and the API say the same thing about the same field.
 */
export const FIELD_ERRORS = {
  "resume-missing": "Choose a resume file, or paste your resume text.",
  "note-empty": "Write something first.",
  "note-too-long": "Keep a note under 5,000 characters.",
  "delete-unconfirmed": "Tick the box to confirm that this report should be deleted.",
  "intake-code": "Paste the intake link or code your coach gave you.",
  "name-missing": "Enter the name to show, or untick the box.",
  "name-too-long": "Keep the name under 60 characters.",
} as const;
export const errorCodeSchema = z.enum(Object.keys(APP_ERRORS) as [ErrorCode, ...ErrorCode[]]);

/** The codes reading a resume file or text can end in, as the command line and the fuzzer report them. */
export const READ_ERROR_CODES = [
  "empty-file",
  "too-large",
  "unsupported-type",
  "encrypted",
  "corrupt",
  "no-text-layer",
  "too-many-pages",
  "timeout",
  "too-little-text",
  "too-much-text",
  "cancelled",
] as const satisfies readonly ErrorCode[];
export type ReadErrorCode = (typeof READ_ERROR_CODES)[number];
export function isReadErrorCode(code: ErrorCode): code is ReadErrorCode {
  return (READ_ERROR_CODES as readonly ErrorCode[]).includes(code);
}

/** The rate limit's sentence with the wait it asks for, rounded up to whole minutes. */
export function rateLimitedMessage(retryAfterSeconds: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return `Too many requests from your network just now. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}; nothing was saved.`;
}

/** The wrong-origin sentence naming the address that works: better-auth refuses sign-in from any other origin. */
export function wrongOriginMessage(appUrl: string, path = "/sign-in"): string {
  return `This page was opened at an address SkillGap does not serve for sign-in. Open ${new URL(path, appUrl).href} instead, and sign in there.`;
}

/** A failure a person can act on. `message` defaults to the vocabulary's sentence for its code. */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string = APP_ERRORS[code].message,
  ) {
    super(message);
    this.name = "AppError";
    this.status = APP_ERRORS[code].status;
  }

  /**
   * The production server bundles this module into several chunks, each with its own copy of the class, and the
   * parse pool (lib/resume/pool.ts) is shared through globalThis: an error made by one copy must still be an
   * AppError to another.
   */
  static [Symbol.hasInstance](value: unknown): boolean {
    return value instanceof Error && value.name === "AppError" && errorCodeSchema.safeParse((value as { code?: unknown }).code).success;
  }
}

/** What every API response and export route sends for a failure: `{ error: { code, message } }`. */
export const errorBodySchema = z.object({ error: z.object({ code: errorCodeSchema, message: z.string() }) });
export type ErrorBody = z.infer<typeof errorBodySchema>;

export function errorBody(error: AppError): ErrorBody {
  return { error: { code: error.code, message: error.message } };
}
