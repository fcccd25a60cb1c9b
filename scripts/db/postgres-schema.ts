/**
 * The PostgreSQL schema is the SQLite schema with another provider and client folder: one data model, edited in
 * prisma/schema.prisma only. Nothing in the model is engine-specific (JSON is stored as text, dates as DateTime),
 * so the two engines hold the same values and the queries in lib/db return the same results on both.
 */
export const POSTGRES_SCHEMA_HEADER =
  "// Generated from prisma/schema.prisma by `npm run db:postgres`: edit that file and rerun the command, never this one.\n";

const REPLACEMENTS: [RegExp, string][] = [
  [/(datasource db \{[^}]*provider\s*=\s*)"sqlite"/, '$1"postgresql"'],
  [/(generator client \{[^}]*output\s*=\s*)"\.\.\/lib\/generated\/prisma"/, '$1"../../lib/generated/prisma-postgresql"'],
];

export function renderPostgresSchema(sqliteSchema: string): string {
  let schema = sqliteSchema;
  for (const [pattern, replacement] of REPLACEMENTS) {
    if (!pattern.test(schema)) throw new Error(`prisma/schema.prisma no longer matches ${pattern}: update scripts/db/postgres-schema.ts.`);
    schema = schema.replace(pattern, replacement);
  }
  return POSTGRES_SCHEMA_HEADER + schema;
}

/** A `prisma migrate diff --script` output with no statement in it (Prisma writes "-- This is an empty migration."). */
export function isEmptyMigration(sql: string): boolean {
  return sql
    .split("\n")
    .map((line) => line.trim())
    .every((line) => line === "" || line.startsWith("--"));
}

/** Migration folder names sort by time, as Prisma's own do: 20261201093000_name. */
export function migrationFolderName(name: string, now = new Date()): string {
  const stamp = now.toISOString().replace(/[-:T]/g, "").slice(0, 14);
  return `${stamp}_${name.replace(/[^A-Za-z0-9_]+/g, "_")}`;
}
