import "server-only";
import type { z } from "zod";
import { clientAddress } from "@/app/_server/client-address";
import { takeRateLimit } from "@/lib/db/rate-limits";
import { env } from "@/lib/env";
import { AppError, errorBody } from "@/lib/errors";

/**
 * The one way an API route is written: every answer is JSON, every failure is `{ error: { code, message } }` with the
 * code's status from lib/errors.ts, and an unexpected failure is logged and shown only as "internal". Bodies are
 * capped before they are read, and every request is counted against the upload limit before any work is done.
 */
const NO_STORE = { "Cache-Control": "no-store" };

/** Room for a resume at the upload limit plus the form's other fields and multipart boundaries. */
const BODY_OVERHEAD_BYTES = 256 * 1024;

class LimitedError extends AppError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super("rate-limited", message);
  }
}

export function errorResponse(error: AppError): Response {
  const headers: Record<string, string> = { ...NO_STORE };
  if (error instanceof LimitedError) headers["Retry-After"] = String(error.retryAfterSeconds);
  if (error.code === "unauthorized") headers["WWW-Authenticate"] = 'Bearer realm="skillgap"';
  return Response.json(errorBody(error), { status: error.status, headers });
}

export function jsonResponse(data: unknown, status = 200): Response {
  return Response.json(data, { status, headers: NO_STORE });
}

/** Wraps a route handler: AppError becomes its coded answer; anything else is logged and answered as "internal". */
export function apiRoute(name: string, handler: (request: Request) => Promise<Response>): (request: Request) => Promise<Response> {
  return async (request) => {
    try {
      return await handler(request);
    } catch (error) {
      if (error instanceof AppError) return errorResponse(error);
      console.error(`${name} failed`, error);
      return errorResponse(new AppError("internal"));
    }
  };
}

/** Parses with zod; a failure is "invalid-input" naming the first field at fault and what it needs. */
export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? `${issue.path.join(".")}: ` : "";
  throw new AppError("invalid-input", issue ? `${where}${issue.message}` : undefined);
}

/** Counts the request against the upload limit (same settings as the web form); over it, "rate-limited". */
export async function limitRate(key: string): Promise<void> {
  const limit = await takeRateLimit({ key, max: env.UPLOAD_RATE_MAX, windowSeconds: env.UPLOAD_RATE_WINDOW_SECONDS });
  if (limit.allowed) return;
  const minutes = Math.ceil(limit.retryAfterSeconds / 60);
  throw new LimitedError(
    `Too many requests from your network or key just now. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}; nothing was saved.`,
    limit.retryAfterSeconds,
  );
}

/** The upload limit's key for a caller known only by their address: the same bucket as the web form's uploads. */
export async function addressLimitKey(): Promise<string> {
  return `upload:${await clientAddress()}`;
}

/** Reads the body, refusing it as soon as it passes the cap: a declared length over it is refused unread. */
async function readCappedBody(request: Request, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) throw new AppError("too-large");
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new AppError("too-large");
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/** Form fields as a plain object for zod; a blank field counts as absent, as it does in the web form. */
function formFields(form: FormData): Record<string, FormDataEntryValue | FormDataEntryValue[]> {
  const values: Record<string, FormDataEntryValue | FormDataEntryValue[]> = {};
  for (const key of new Set(form.keys())) {
    const all = form.getAll(key).filter((value) => (typeof value === "string" ? value.trim() !== "" : value.size > 0 || value.name !== ""));
    if (all.length > 0) values[key] = all.length === 1 ? all[0]! : all;
  }
  return values;
}

export type ApiInput<J extends z.ZodType, M extends z.ZodType> =
  | { kind: "json"; data: z.output<J> }
  | { kind: "multipart"; data: z.output<M> };

/**
 * The request body as JSON or as multipart form data, parsed with the schema for its kind. Any other content type
 * is "unsupported-type"; a body over the upload limit is "too-large" before it is read to the end.
 */
export async function readInput<J extends z.ZodType, M extends z.ZodType>(
  request: Request,
  schemas: { json: J; multipart: M },
): Promise<ApiInput<J, M>> {
  const contentType = request.headers.get("content-type") ?? "";
  const mediaType = contentType.split(";")[0]!.trim().toLowerCase();
  const isJson = mediaType === "application/json" || mediaType.endsWith("+json");
  if (!isJson && mediaType !== "multipart/form-data") {
    throw new AppError(
      "unsupported-type",
      "Send JSON (Content-Type: application/json) or a form with a file (multipart/form-data). See /docs/api for examples.",
    );
  }
  const body = await readCappedBody(request, env.MAX_UPLOAD_BYTES + BODY_OVERHEAD_BYTES);
  if (isJson) {
    let value: unknown;
    try {
      value = JSON.parse(new TextDecoder().decode(body));
    } catch {
      throw new AppError("invalid-input", "The body is not valid JSON. Check the quoting, or send the file as multipart form data.");
    }
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      throw new AppError("invalid-input", 'The body must be a JSON object, such as {"text": "…"}. See /docs/api for the fields.');
    }
    return { kind: "json", data: parseOrThrow(schemas.json, value) };
  }
  let form: FormData;
  try {
    form = await new Response(body, { headers: { "content-type": contentType } }).formData();
  } catch {
    throw new AppError("invalid-input", "The form data could not be read. Let your HTTP client build the multipart body (curl -F).");
  }
  return { kind: "multipart", data: parseOrThrow(schemas.multipart, formFields(form)) };
}

/** The key from `Authorization: Bearer <key>`, or null when the header is missing or of another scheme. */
export function bearerToken(request: Request): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get("authorization") ?? "");
  return match ? match[1]! : null;
}
