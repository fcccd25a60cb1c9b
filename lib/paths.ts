import path from "node:path";

/**
 * Each default path in one place: the database each kind of run uses unless told otherwise, and the folders code
 * reads files from. Paths are resolved one way, from the repository root (process.cwd()): every npm script, `next`
 * and the test runners start there, while a module's own import.meta.url says nothing about the repository once
 * Next.js has bundled it into .next. Plain TypeScript that imports nothing of the app, so that prisma.config.ts,
 * the Playwright and Vitest configs, the scripts and lib/env.ts all read the same values. (The shell scripts name
 * only PostgreSQL databases of the throwaway server they start, each in one place.)
 */

/** The database of a fresh install when DATABASE_URL is unset (lib/env.ts validates the variable). */
export const DEFAULT_DATABASE_URL = "file:./data/skillgap.db";

/** The unit tests' database (lib/db/test-database.ts resets it); the test command's PostgreSQL run sets TEST_DATABASE_URL. */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? "file:./data/vitest.db";

/** The Playwright suite's database; the test command's PostgreSQL run sets E2E_DATABASE_URL. */
export const E2E_DATABASE_URL = process.env.E2E_DATABASE_URL ?? "file:./data/e2e.db";

/** A SQLite database of its own for one benchmark run or one extra test server, in data/ (where git ignores *.db). */
export function scratchSqliteUrl(name: string): string {
  return `file:./data/${name}.db`;
}

/**
 * A path inside the repository, from its root, for the scripts, the tests and the tooling. Code that Next.js
 * bundles spells `path.join(process.cwd(), "folder", …)` with literal parts instead (lib/resume/pool.ts,
 * lib/market/load.ts): the build's file tracing reads those to learn which files the server needs, and would
 * trace the whole repository through this function, which it is told to skip.
 */
export function fromRoot(...parts: string[]): string {
  return path.join(/*turbopackIgnore: true*/ process.cwd(), ...parts);
}

/** The shared resume fixtures, checked out beside the repository; the tests and benchmarks that read them say so when they are missing. */
export const SHARED_RESUME_FIXTURES = fromRoot("..", "shared", "fixtures", "resumes");
