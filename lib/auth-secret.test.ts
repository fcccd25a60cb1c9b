import { mkdtempSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";

const scratch = () => path.join(mkdtempSync(path.join(tmpdir(), "skillgap-secret-")), "nested", "auth.secret");

/** lib/env.ts reads the environment once: each case loads the module afresh under its own variables. */
async function load(vars: Record<string, string | undefined>) {
  vi.resetModules();
  for (const [name, value] of Object.entries(vars)) vi.stubEnv(name, value);
  return import("./auth-secret");
}

afterEach(() => vi.unstubAllEnvs());

describe("the generated auth secret", () => {
  it("is made once, readable by its owner only, and read back by every later start", async () => {
    const { readOrCreateSecretFile } = await load({});
    const file = scratch();
    const first = readOrCreateSecretFile(file);
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readOrCreateSecretFile(file)).toBe(first);
  });

  it("keeps a secret moved from the database, and never overwrites one already in the file", async () => {
    const { adoptSecretFile, readOrCreateSecretFile } = await load({});
    const file = scratch();
    expect(adoptSecretFile(file, "m".repeat(48))).toBe(true);
    expect(adoptSecretFile(file, "n".repeat(48))).toBe(false);
    expect(readOrCreateSecretFile(file)).toBe("m".repeat(48));
  });

  it("refuses a file too short to sign with", async () => {
    const { readOrCreateSecretFile } = await load({});
    const file = scratch();
    readOrCreateSecretFile(file);
    writeFileSync(file, "short");
    expect(() => readOrCreateSecretFile(file)).toThrow(/no usable secret/);
  });

  it("sits beside the SQLite database unless AUTH_SECRET_FILE names a path", async () => {
    expect((await load({ DATABASE_URL: "file:./data/x.db", AUTH_SECRET_FILE: undefined })).authSecretFile()).toBe("./data/x.db.secret");
    expect((await load({ DATABASE_URL: "file:./data/x.db", AUTH_SECRET_FILE: "/run/skillgap/secret" })).authSecretFile()).toBe(
      "/run/skillgap/secret",
    );
  });

  it("is required from the environment for a production start on PostgreSQL, with a sentence that says what to set", async () => {
    const pg = { DATABASE_URL: "postgresql://app@db.internal/skillgap", BETTER_AUTH_SECRET: undefined };
    const production = await load({ ...pg, NODE_ENV: "production" });
    expect(production.sharedSecretProblem()).toMatch(/^BETTER_AUTH_SECRET is not set: .* same random value .* every instance/);
    expect(() => production.resolveAuthSecret()).toThrow(/BETTER_AUTH_SECRET is not set/);
    expect((await load({ ...pg, NODE_ENV: "production", BETTER_AUTH_SECRET: "s".repeat(40) })).resolveAuthSecret()).toBe("s".repeat(40));
    expect((await load({ ...pg, NODE_ENV: "development" })).sharedSecretProblem()).toBeNull();
    expect(
      (await load({ DATABASE_URL: "file:./data/x.db", NODE_ENV: "production", BETTER_AUTH_SECRET: undefined })).sharedSecretProblem(),
    ).toBeNull();
  });
});
