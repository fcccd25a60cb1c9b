import { z } from "zod";
import { seniorityLevelSchema } from "../report/seniority";

export const PAGE_SIZE = 25;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((value) => (value ? value : undefined));

/**
 * The dashboard's search parameters. Anything malformed falls back to the default rather than failing the page:
 * these come from a URL a coach may have edited by hand.
 */
export const dashboardQuerySchema = z.object({
  q: optionalText(80).catch(undefined),
  sort: z.enum(["date", "coverage", "tier"]).catch("date"),
  dir: z.enum(["desc", "asc"]).catch("desc"),
  tier: z
    .string()
    .regex(/^[a-z0-9-]{1,40}$/)
    .optional()
    .catch(undefined),
  level: seniorityLevelSchema.optional().catch(undefined),
  versions: z.enum(["latest", "all"]).catch("latest"),
  cursor: z.string().max(200).optional().catch(undefined),
});

export type DashboardQuery = z.infer<typeof dashboardQuerySchema>;

/** Reads URL search parameters (as Next.js hands them over, or a URLSearchParams) into a query. */
export function parseDashboardQuery(params: URLSearchParams | Record<string, string | string[] | undefined>): DashboardQuery {
  const get = (key: string) => {
    const value = params instanceof URLSearchParams ? (params.get(key) ?? undefined) : params[key];
    return Array.isArray(value) ? value[0] : value;
  };
  return dashboardQuerySchema.parse(
    Object.fromEntries(["q", "sort", "dir", "tier", "level", "versions", "cursor"].map((key) => [key, get(key)])),
  );
}

/** The URL search string for a query, leaving out defaults so links stay short. */
export function dashboardSearch(query: Partial<DashboardQuery>): string {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  if (query.sort && query.sort !== "date") params.set("sort", query.sort);
  if (query.dir && query.dir !== "desc") params.set("dir", query.dir);
  if (query.tier) params.set("tier", query.tier);
  if (query.level) params.set("level", query.level);
  if (query.versions && query.versions !== "latest") params.set("versions", query.versions);
  if (query.cursor) params.set("cursor", query.cursor);
  const search = params.toString();
  return search ? `?${search}` : "";
}

/**
 * A keyset cursor: the sort value and id of the last row shown. The next page starts strictly after it, so rows
 * added meanwhile never shift a page, and the database seeks through the index instead of counting an offset.
 */
export interface DashboardCursor {
  value: number;
  id: string;
}

const cursorSchema = z.tuple([z.number().finite(), z.string().regex(/^[A-Za-z0-9_-]{1,64}$/)]);

export function encodeCursor(cursor: DashboardCursor): string {
  return Buffer.from(JSON.stringify([cursor.value, cursor.id])).toString("base64url");
}

/** A cursor that does not decode starts from the first page rather than failing. */
export function decodeCursor(encoded: string | undefined): DashboardCursor | null {
  if (!encoded) return null;
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(encoded, "base64url").toString("utf8")));
    return parsed.success ? { value: parsed.data[0], id: parsed.data[1] } : null;
  } catch {
    return null;
  }
}

/** What a coach calls a client who gave no name: stable, short, and no hint of who they are. */
export function clientLabelOrDefault(label: string | null, reportId: string): string {
  return label?.trim() ? label.trim() : `Candidate ${reportId.slice(0, 6)}`;
}
