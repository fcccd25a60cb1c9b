import { readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { getCurrentSnapshot } from "../lib/db/snapshots";
import { runScript } from "./lib/run-script";

const bundled = JSON.parse(readFileSync(path.join("data", "market", "ai-engineer-2026-06.json"), "utf8"));

/** Runs `npm run market:import` against the suite's migrated test database; returns exit status and output. */
function runImport(json: unknown, databaseUrl = process.env.DATABASE_URL) {
  const file = path.join(tmpdir(), `market-import-${process.pid}-${Date.now()}.json`);
  writeFileSync(file, typeof json === "string" ? json : JSON.stringify(json));
  return runScript("scripts/market-import.ts", [file], { ...process.env, DATABASE_URL: databaseUrl });
}

describe("market:import", () => {
  it("adds a valid snapshot, which becomes the one new reports use, and refuses the same id twice", async () => {
    const id = `import-test-${Date.now()}`;
    expect(runImport({ ...bundled, id })).toMatchObject({ status: 0, out: expect.stringContaining(`Added market snapshot ${id}`) });
    expect((await getCurrentSnapshot()).id).toBe(id);
    expect(runImport({ ...bundled, id })).toMatchObject({ status: 1, out: expect.stringContaining("already loaded") });
  });

  it("refuses an invalid snapshot, naming the field, and a file that is not JSON", () => {
    const bad = runImport({ ...bundled, id: "bad-one", skills: [{ ...bundled.skills[0], share: 1.5 }] });
    expect(bad.status).toBe(1);
    expect(bad.out).toContain("skills.0.share");
    expect(runImport("{ not json")).toMatchObject({ status: 1, out: expect.stringContaining("cannot read it as JSON") });
  });

  it("on a database nobody has migrated yet, says to run db:migrate instead of printing a stack trace", () => {
    const fresh = `file:${path.join(tmpdir(), `market-import-fresh-${process.pid}-${Date.now()}.db`)}`;
    const result = runImport({ ...bundled, id: `fresh-${Date.now()}` }, fresh);
    expect(result.status).toBe(1);
    expect(result.out).toContain("npm run db:migrate");
    expect(result.out).not.toContain("PrismaClientKnownRequestError");
  });
});
