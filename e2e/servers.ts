import { test } from "@playwright/test";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { engineOf } from "../lib/db/engine";
import { PrismaClient } from "../lib/generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "../lib/generated/prisma-postgresql/client";
import { E2E_DATABASE_URL, scratchSqliteUrl } from "../lib/paths";
import { type ProductionServer, resetDatabase, startProductionServer } from "../scripts/lib/production-server";

export { E2E_DATABASE_URL, resetDatabase };
export { serverSecret } from "../scripts/lib/production-server";

/** The suite's database (lib/paths.ts): SQLite unless the test command's PostgreSQL run sets E2E_DATABASE_URL. */
export const E2E_ENGINE = engineOf(E2E_DATABASE_URL);
/** The suite's server listens on E2E_PORT; the extra servers of a spec take the nine ports after it. */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);

/** Database access beside the app, for what a test cannot wait for (a link's expiry) or must count (rows saved). */
export function openE2EDatabase(url = E2E_DATABASE_URL): PrismaClient {
  if (engineOf(url) === "sqlite") return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url }) });
  return new PostgresPrismaClient({ adapter: new PrismaPg({ connectionString: url }) }) as unknown as PrismaClient;
}

/** Another database on the suite's engine, for a server that must count or store apart from the shared one. */
export function extraDatabaseUrl(suffix: string): string {
  if (E2E_ENGINE === "sqlite") return scratchSqliteUrl(`e2e-${suffix}`);
  const url = new URL(E2E_DATABASE_URL);
  url.pathname = `${url.pathname}_${suffix.replace(/\W/g, "_")}`;
  return url.toString();
}

/**
 * Starts one more production server (scripts/next-server.mjs, as `npm start` runs it) for the tests of a describe
 * block, on E2E_PORT + offset (1 to 9, so that a run keeps to its ten ports; each spec file has its own), and stops it
 * after them. It runs in its own process group so that stopping it stops nothing else. The caller resets the database
 * it names first, once, even when several servers share it.
 */
export function serverForTests({ offset, database, env = {} }: { offset: number; database: string; env?: Record<string, string> }): string {
  const port = E2E_PORT + offset;
  const origin = `http://127.0.0.1:${port}`;
  let server: ProductionServer | undefined;
  test.beforeAll(async () => {
    test.setTimeout(120_000);
    server = await startProductionServer({ port, database, env });
  });
  test.afterAll(async () => {
    await server?.stop();
  });
  return origin;
}

/**
 * One more production server with tighter limits, on a database of its own, for cases the shared server cannot reach.
 * Its block runs in one worker, in order: under fullyParallel each worker would run the block's beforeAll, so a second
 * worker would reset the database under the first one's server, start its own on the same port, and stop it while the
 * first worker's tests still talk to it (a "socket hang up" mid-test).
 */
export function limitedServer(offset: number, limits: Record<string, string>): string {
  test.describe.configure({ mode: "default" });
  const database = extraDatabaseUrl(`limited-${offset}`);
  test.beforeAll(() => resetDatabase(database));
  return serverForTests({ offset, database, env: limits });
}
