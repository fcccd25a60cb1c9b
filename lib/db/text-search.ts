import type { Prisma } from "../generated/prisma/client";
import { engine } from "./client";

/**
 * A case-insensitive "contains" that matches the same rows on both engines. SQLite's LIKE ignores ASCII case and
 * has no escape character; PostgreSQL's LIKE is case-sensitive and treats a backslash as one, so there the filter
 * asks for ILIKE and doubles backslashes. (Beyond ASCII, PostgreSQL also folds case and SQLite does not.) Callers
 * strip "%" and "_", which are wildcards on both.
 */
export function containsIgnoringCase(value: string): Prisma.StringNullableFilter {
  if (engine === "postgresql") return { contains: value.replaceAll("\\", "\\\\"), mode: "insensitive" } as Prisma.StringNullableFilter;
  return { contains: value };
}
