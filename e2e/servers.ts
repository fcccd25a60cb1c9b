import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { test } from "@playwright/test";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { engineOf } from "../lib/db/engine";
import { PrismaClient } from "../lib/generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "../lib/generated/prisma-postgresql/client";

/** The suite's database: SQLite unless the test command's PostgreSQL run sets E2E_DATABASE_URL. */
export const E2E_DATABASE_URL = process.env.E2E_DATABASE_URL ?? "file:./data/e2e.db";
export const E2E_ENGINE = engineOf(E2E_DATABASE_URL);
/**
 * A production start on PostgreSQL requires a configured session secret; on SQLite the servers make their own file
 * beside the database, as a fresh install does.
 */
export function serverSecret(database: string): { BETTER_AUTH_SECRET?: string } {
  return engineOf(database) === "postgresql" ? { BETTER_AUTH_SECRET: "e2e-only-secret-0123456789abcdefghijklmnopqrstuvwxyz" } : {};
}

/** Database access beside the app, for what a test cannot wait for (a link's expiry) or must count (rows saved). */
export function openE2EDatabase(url = E2E_DATABASE_URL): PrismaClient {
  if (engineOf(url) === "sqlite") return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url }) });
  return new PostgresPrismaClient({ adapter: new PrismaPg({ connectionString: url }) }) as unknown as PrismaClient;
}

/** Another database on the suite's engine, for a server that must count or store apart from the shared one. */
export function extraDatabaseUrl(suffix: string): string {
  if (E2E_ENGINE === "sqlite") return `file:./data/e2e-${suffix}.db`;
  const url = new URL(E2E_DATABASE_URL);
  url.pathname = `${url.pathname}_${suffix.replace(/\W/g, "_")}`;
  return url.toString();
}

/** Empties and migrates a test database the way a fresh `npm start` finds it. */
export function resetDatabase(url: string) {
  // A PostgreSQL reset drops and creates a database while other specs' servers hold connections to theirs; one that
  // loses its connection in that moment gets one more try.
  for (let attempt = 1; ; attempt++) {
    try {
      execFileSync("npm", ["run", "--silent", "db:reset-test", "--", url], { stdio: ["ignore", "ignore", "inherit"] });
      return;
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
}

/**
 * Starts one more production server (scripts/next-server.mjs, as `npm start` runs it) for the tests of a describe
 * block, on E2E_PORT + offset (1 to 9, so that a run keeps to its ten ports; each spec file has its own), and stops it
 * after them. It runs in its own process group so that stopping it stops nothing else. The caller resets the database
 * it names first, once, even when several servers share it.
 */
export function serverForTests({ offset, database, env = {} }: { offset: number; database: string; env?: Record<string, string> }): string {
  const port = Number(process.env.E2E_PORT ?? 3100) + offset;
  const origin = `http://127.0.0.1:${port}`;
  let server: ChildProcess | undefined;
  test.beforeAll(async () => {
    test.setTimeout(120_000);
    server = spawn("node", ["scripts/next-server.mjs", "-H", "127.0.0.1", "-p", String(port)], {
      env: { ...process.env, ...serverSecret(database), ...env, DATABASE_URL: database, APP_URL: origin, NEXT_TELEMETRY_DISABLED: "1" },
      stdio: "ignore",
      detached: true,
    });
    for (let tries = 0; tries < 240; tries++) {
      if (server.exitCode !== null) throw new Error(`the server on ${origin} exited with ${server.exitCode}`);
      if (
        await fetch(origin).then(
          (response) => response.ok,
          () => false,
        )
      )
        return;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    throw new Error(`the server did not start on ${origin}`);
  });
  test.afterAll(() => {
    if (server?.pid && server.exitCode === null) process.kill(-server.pid);
  });
  return origin;
}

/** One more production server with tighter limits, on a database of its own, for cases the shared server cannot reach. */
export function limitedServer(offset: number, limits: Record<string, string>): string {
  const database = extraDatabaseUrl(`limited-${offset}`);
  test.beforeAll(() => resetDatabase(database));
  return serverForTests({ offset, database, env: limits });
}
