import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { engineOf, SCHEMA_PATHS } from "../../lib/db/engine";
import { deployPostgresMigrations } from "../../lib/db/postgres-migrations";
import { createEmptyPostgresDatabase } from "../../lib/db/test-database";
import { DEFAULT_DATABASE_URL, TEST_DATABASE_URL } from "../../lib/paths";
import { isEmptyMigration, migrationFolderName, renderPostgresSchema } from "./postgres-schema";

const FIX = "run `npm run db:postgres` and commit what it writes";

describe("the PostgreSQL schema", () => {
  it(`is the one generated from prisma/schema.prisma (if not: ${FIX})`, () => {
    const generated = renderPostgresSchema(readFileSync(SCHEMA_PATHS.sqlite.schema, "utf8"));
    expect(readFileSync(SCHEMA_PATHS.postgresql.schema, "utf8"), FIX).toBe(generated);
  });

  it("changes only the provider and the client folder", () => {
    const sqlite =
      'generator client {\n  output = "../lib/generated/prisma"\n}\ndatasource db {\n  provider = "sqlite"\n}\nmodel A {\n  id String @id\n}\n';
    const postgres = renderPostgresSchema(sqlite);
    expect(postgres).toContain('provider = "postgresql"');
    expect(postgres).toContain('output = "../../lib/generated/prisma-postgresql"');
    expect(postgres).toContain("model A {\n  id String @id\n}");
    expect(() => renderPostgresSchema("model A { id String @id }")).toThrow(/update scripts\/db\/postgres-schema.ts/);
  });

  it("names migrations so that they sort by time, and knows an empty diff", () => {
    expect(migrationFolderName("add api-keys", new Date("2026-12-01T09:30:05Z"))).toBe("20261201093005_add_api_keys");
    expect(isEmptyMigration("-- This is an empty migration.\n")).toBe(true);
    expect(isEmptyMigration('-- AlterTable\nALTER TABLE "Report" ADD COLUMN "x" TEXT;\n')).toBe(false);
  });
});

/** Tables, columns, indexes and constraints: what a migration history must build for the schema to hold. */
async function catalogue(url: string): Promise<unknown[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const queries = [
      `SELECT table_name, column_name, data_type, is_nullable, column_default FROM information_schema.columns
       WHERE table_schema = 'public' AND table_name <> '_prisma_migrations' ORDER BY 1, 2`,
      `SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1`,
      `SELECT conname, pg_get_constraintdef(oid) AS definition FROM pg_constraint
       WHERE connamespace = 'public'::regnamespace AND conrelid <> '"_prisma_migrations"'::regclass ORDER BY 1`,
    ];
    const results = [];
    for (const sql of queries) results.push((await client.query(sql)).rows);
    return results;
  } finally {
    await client.end();
  }
}

const onPostgres = engineOf(TEST_DATABASE_URL) === "postgresql";

describe.skipIf(!onPostgres)("the PostgreSQL migration history", () => {
  it(`builds exactly the database the generated schema describes (if not: ${FIX})`, async () => {
    const scratch = (name: string) => Object.assign(new URL(TEST_DATABASE_URL), { pathname: `/${name}` }).toString();
    const migrated = scratch("skillgap_drift_migrated_test");
    const direct = scratch("skillgap_drift_direct_test");
    await createEmptyPostgresDatabase(migrated);
    await deployPostgresMigrations(migrated);
    await createEmptyPostgresDatabase(direct);
    const script = execFileSync(
      "node_modules/.bin/prisma",
      ["migrate", "diff", "--from-empty", "--to-schema-datamodel", SCHEMA_PATHS.postgresql.schema, "--script"],
      { env: { ...process.env, DATABASE_URL: DEFAULT_DATABASE_URL }, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] },
    );
    await deployPostgresMigrations(direct, [{ name: "direct", sql: script, checksum: "" }]);
    expect(await catalogue(migrated), FIX).toEqual(await catalogue(direct));
  });
});
