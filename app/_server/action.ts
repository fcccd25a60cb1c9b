import "server-only";
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { APP_ERRORS, AppError, type ErrorCode } from "@/lib/errors";
import { type Coach, currentCoach } from "./coach";
import { clientAddress } from "./client-address";
import { ownerHashForReport } from "./owner";

/**
 * The one way a server action is written. A server action is a public endpoint: the wrapper reads every value from
 * the validated form only, finds out who is asking before the action looks anything up, and answers with one typed
 * result. Any access failure is the same not-found, so a stranger learns nothing about what exists.
 */
export type ActionFailure = {
  ok: false;
  code: ErrorCode;
  message: string;
  fieldErrors?: Record<string, string[] | undefined>;
};
export type ActionResult<T extends object = object> = ({ ok: true; message?: string } & T) | ActionFailure;
/** `useActionState`'s state: null before the first submit. */
export type ActionState<T extends object = object> = ActionResult<T> | null;

export function failure(code: ErrorCode, message: string = APP_ERRORS[code].message): ActionFailure {
  return { ok: false, code, message };
}

export const NOT_FOUND = failure("not-found");

/** FormData as a plain object for zod: a repeated name becomes an array; Next.js's own `$ACTION…` fields are left out. */
export function formDataToObject(formData: FormData): Record<string, FormDataEntryValue | FormDataEntryValue[]> {
  const values: Record<string, FormDataEntryValue | FormDataEntryValue[]> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const all = formData.getAll(key);
    values[key] = all.length === 1 ? (all[0] as FormDataEntryValue) : all;
  }
  return values;
}

function invalid(error: z.ZodError): ActionFailure {
  const fieldErrors = z.flattenError(error).fieldErrors as Record<string, string[] | undefined>;
  const first = Object.values(fieldErrors).flat()[0];
  return { ok: false, code: "invalid-input", message: first ?? APP_ERRORS["invalid-input"].message, fieldErrors };
}

async function run<T extends object>(name: string, body: () => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  try {
    return await body();
  } catch (error) {
    // redirect() and notFound() work by throwing; they are answers, not failures.
    unstable_rethrow(error);
    if (error instanceof AppError) return failure(error.code, error.message);
    console.error(`${name} failed`, error);
    return failure("internal");
  }
}

type Handler<S extends z.ZodType, C, T extends object> = (input: z.infer<S>, context: C) => Promise<ActionResult<T>>;
type FormAction<T extends object> = (state: ActionState<T>, formData: FormData) => Promise<ActionState<T>>;

/** An action anyone may call (uploading, opening a link): the caller is known only by their network address. */
export function publicAction<S extends z.ZodType, T extends object>(
  schema: S,
  handler: Handler<S, { clientAddress: string }, T>,
): FormAction<T> {
  return (_state, formData) =>
    run(handler.name || "publicAction", async () => {
      const parsed = schema.safeParse(formDataToObject(formData));
      if (!parsed.success) return invalid(parsed.error);
      return handler(parsed.data, { clientAddress: await clientAddress() });
    });
}

/** The report's owner as this browser proves it: its own secret, or an owner link it opened for that report. */
export interface Owner {
  secretHash: string;
}

const reportIdSchema = z.object({ reportId: z.string() });

/**
 * An action on one report by its owner. The schema must hold `reportId`; a malformed id and a report this browser
 * does not own both answer not-found before the handler runs.
 */
export function ownerAction<S extends z.ZodType<{ reportId: string }>, T extends object>(
  schema: S,
  handler: Handler<S, Owner, T>,
): FormAction<T> {
  return (_state, formData) =>
    run(handler.name || "ownerAction", async () => {
      const values = formDataToObject(formData);
      const id = reportIdSchema.safeParse(values);
      const secretHash = id.success ? await ownerHashForReport(id.data.reportId) : null;
      if (!secretHash) return NOT_FOUND;
      const parsed = schema.safeParse(values);
      if (!parsed.success) return z.flattenError(parsed.error).fieldErrors.reportId ? NOT_FOUND : invalid(parsed.error);
      return handler(parsed.data, { secretHash });
    });
}

/** An action by a signed-in coach; without a session it answers not-found, as for another coach's client. */
export function coachAction<S extends z.ZodType, T extends object>(schema: S, handler: Handler<S, Coach, T>): FormAction<T> {
  return (_state, formData) =>
    run(handler.name || "coachAction", async () => {
      const coach = await currentCoach();
      if (!coach) return NOT_FOUND;
      const parsed = schema.safeParse(formDataToObject(formData));
      if (!parsed.success) return invalid(parsed.error);
      return handler(parsed.data, coach);
    });
}
