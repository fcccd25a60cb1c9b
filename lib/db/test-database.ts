import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import pg from "pg";
import { TEST_DATABASE_URL } from "../paths";
import { engineOf } from "./engine";

function testDatabaseName(url: string): string {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  if (!/(test|e2e|bench)/.test(name)) throw new Error(`Refusing to reset "${name}": a test database's name says test, e2e or bench.`);
  return name;
}

/** Drops and creates a PostgreSQL test database, leaving it empty. */
export async function createEmptyPostgresDatabase(url: string): Promise<void> {
  const name = testDatabaseName(url);
  const maintenance = new URL(url);
  maintenance.pathname = "/postgres";
  const client = new pg.Client({ connectionString: maintenance.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
}

/** Deletes a SQLite database's file and the journal files beside it. */
export function removeSqliteFiles(url: string): void {
  const file = url.replace(/^file:/, "");
  for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(`${file}${suffix}`, { force: true });
}

/**
 * Empties a test database (SQLite: deletes the file; PostgreSQL: drops and creates the database), then migrates it
 * the way `npm start` does. Only names that say they are for tests are touched, so a mistyped URL cannot empty
 * a real database.
 */
export async function resetTestDatabase(url: string): Promise<void> {
  if (engineOf(url) === "sqlite") {
    removeSqliteFiles(url);
  } else {
    await createEmptyPostgresDatabase(url);
  }
  execFileSync("npm", ["run", "--silent", "db:migrate"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, DATABASE_URL: url },
  });
}

/** Vitest global setup: a fresh, migrated database for the lib/db tests. */
export default async function setup() {
  await resetTestDatabase(TEST_DATABASE_URL);
}
