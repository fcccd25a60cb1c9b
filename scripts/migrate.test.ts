import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runScript } from "./lib/run-script";

/** Runs `npm run db:migrate` (what `npm start` and `npm run serve` run first) on `databaseUrl`. */
function migrate(databaseUrl: string) {
  // As on a fresh install: no configured secret, so the start looks for one left in the database.
  const { BETTER_AUTH_SECRET: _configured, AUTH_SECRET_FILE: _file, ...environment } = process.env;
  return runScript("scripts/migrate.ts", [], { ...environment, DATABASE_URL: databaseUrl });
}

describe("db:migrate on SQLite", () => {
  it("migrates a new database, and a restart finds it up to date", { timeout: 120_000 }, () => {
    const file = path.join(tmpdir(), `migrate-twice-${process.pid}-${Date.now()}.db`);
    try {
      const first = migrate(`file:${file}`);
      expect(first.out).toContain("Loaded market snapshot");
      expect(first.status).toBe(0);
      const second = migrate(`file:${file}`);
      expect(second.out).toContain("already loaded");
      expect(second.status).toBe(0);
    } finally {
      for (const suffix of ["", "-wal", "-shm", ".secret"]) rmSync(`${file}${suffix}`, { force: true });
    }
  });
});
