import "server-only";
import { headers } from "next/headers";
import { redirect, unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { reportExistsForOwner } from "@/lib/db/reports";
import { APP_ERRORS, AppError, type ErrorCode, errorCodeSchema } from "@/lib/errors";
import { isWellFormedToken } from "@/lib/tokens";
import { type Coach, currentCoach } from "./coach";
import { clientAddress } from "./client-address";
import { type Owner, ownerForReport } from "./owner";

/**
 * The one way a server action is written. A server action is a public endpoint: the wrapper reads every value from
 * the validated form only (never from `.bind` arguments, which the client sends too), finds out who is asking
 * before the action looks anything up, and answers with one typed result. Any access failure is the same
 * not-found, so a stranger learns nothing about what exists.
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

/** A failure with messages per field; the form's own sentence is the first of them. */
export function fieldFailure(fieldErrors: Record<string, string[] | undefined>, code: ErrorCode = "invalid-input"): ActionFailure {
  const first = Object.values(fieldErrors).flat()[0];
  return { ok: false, code, message: first ?? APP_ERRORS[code].message, fieldErrors };
}

/** What an action answers when its work is done and the browser should open `openHref` (see `openAfterAction`). */
export type OpenResult = { ok: true; openHref: string };

/**
 * Ends an action by opening `href`. A form posted without JavaScript gets a redirect. A form sent by the page's
 * JavaScript (Next.js names the action in a `Next-Action` header) gets `openHref` back and navigates itself: a
 * redirect() there makes Next.js fetch the whole target page from its own server and stream it inside the action's
 * response, a second request with its own compression and decompression, rendering the layout too, while a client
 * navigation asks only for the segments that change.
 */
export async function openAfterAction(href: string): Promise<OpenResult> {
  if (!(await headers()).has("next-action")) redirect(href);
  return { ok: true, openHref: href };
}

/** The one answer to every access failure: signed out, not yours, revoked, malformed or made up. */
export const NOT_FOUND: ActionFailure = Object.freeze(failure("not-found"));

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

/** Fields that name a record: a malformed one is an access failure like any other, not a form mistake. */
const ID_FIELDS = ["reportId", "noteId", "token"];

function invalid(error: z.ZodError): ActionFailure {
  const fieldErrors = z.flattenError(error).fieldErrors as Record<string, string[] | undefined>;
  if (ID_FIELDS.some((field) => fieldErrors[field])) return NOT_FOUND;
  // A check that stands for one of the vocabulary's own failures (pasted text over the text limit is too-much-text,
  // as for a file) names it in its params, so the form shows the same code wherever the limit is met.
  const coded = error.issues.map((issue) => errorCodeSchema.safeParse((issue as { params?: { errorCode?: unknown } }).params?.errorCode));
  const named = coded.find((result) => result.success);
  if (named?.success) return failure(named.data);
  return fieldFailure(fieldErrors);
}

async function run<R extends ActionResult>(name: string, body: () => Promise<R | ActionFailure>): Promise<R | ActionFailure> {
  try {
    return await body();
  } catch (error) {
    // redirect() and notFound() work by throwing; they are answers, not failures.
    unstable_rethrow(error);
    if (error instanceof AppError) return failure(error.code, error.message);
    // The cause goes to the server log only: a stack trace or a query tells a stranger how the server is built.
    console.error(`${name} failed`, error);
    return failure("internal");
  }
}

type Handler<S extends z.ZodType, C, R extends ActionResult> = (input: z.infer<S>, context: C) => Promise<R>;
/** What `useActionState` calls: the previous state is ignored, so nothing a client sends back is trusted. */
export type FormAction<R extends ActionResult = ActionResult> = (state: unknown, formData: FormData) => Promise<R | ActionFailure>;

/** What a public action knows of its caller: only their network address. */
export interface Caller {
  clientAddress: string;
}

/** An action anyone may call (uploading, opening a link). */
export function publicAction<S extends z.ZodType, R extends ActionResult>(schema: S, handler: Handler<S, Caller, R>): FormAction<R> {
  return async (_state, formData) =>
    run<R>(handler.name || "publicAction", async () => {
      const parsed = schema.safeParse(formDataToObject(formData));
      if (!parsed.success) return invalid(parsed.error);
      return handler(parsed.data, { clientAddress: await clientAddress() });
    });
}

export type { Owner };

/** The report id every owner action names, in a hidden field: malformed answers not-found, like a stranger's. */
export const reportIdField = z.string().refine(isWellFormedToken);
const reportIdSchema = z.object({ reportId: reportIdField });

/**
 * An action on one report by its owner. The schema must hold `reportId`. Before the handler runs, the wrapper
 * finds the owner this browser proves for that report (its own secret, or an owner link opened for it) and checks
 * that the report is theirs; a malformed id, a revoked link and a stranger's report all answer not-found alike.
 * The handler still names the owner in every query's `where`: the check here decides who may ask, not what is read.
 */
export function ownerAction<S extends z.ZodType<{ reportId: string }>, R extends ActionResult>(
  schema: S,
  handler: Handler<S, Owner, R>,
): FormAction<R> {
  return async (_state, formData) =>
    run<R>(handler.name || "ownerAction", async () => {
      const values = formDataToObject(formData);
      const id = reportIdSchema.safeParse(values);
      if (!id.success) return NOT_FOUND;
      const owner = await ownerForReport(id.data.reportId);
      if (!owner || !(await reportExistsForOwner({ id: id.data.reportId, ownerSecretHash: owner.secretHash }))) return NOT_FOUND;
      const parsed = schema.safeParse(values);
      if (!parsed.success) return invalid(parsed.error);
      return handler(parsed.data, owner);
    });
}

export type { Coach };

/** An action by a signed-in coach; without a session it answers not-found, as for another coach's client. */
export function coachAction<S extends z.ZodType, R extends ActionResult>(schema: S, handler: Handler<S, Coach, R>): FormAction<R> {
  return async (_state, formData) =>
    run<R>(handler.name || "coachAction", async () => {
      const coach = await currentCoach();
      if (!coach) return NOT_FOUND;
      const parsed = schema.safeParse(formDataToObject(formData));
      if (!parsed.success) return invalid(parsed.error);
      return handler(parsed.data, coach);
    });
}
