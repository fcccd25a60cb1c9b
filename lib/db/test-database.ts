import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import pg from "pg";
import { engineOf } from "./engine";

/** The lib/db tests' database: SQLite by default; the test command sets TEST_DATABASE_URL for its PostgreSQL run. */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? "file:./data/vitest.db";

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

/**
 * Empties a test database (SQLite: deletes the file; PostgreSQL: drops and creates the database), then migrates it
 * the way `npm start` does. Only names that say they are for tests are touched, so a mistyped URL cannot empty
 * a real database.
 */
export async function resetTestDatabase(url: string): Promise<void> {
  if (engineOf(url) === "sqlite") {
    const file = url.replace(/^file:/, "");
    for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(`${file}${suffix}`, { force: true });
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
