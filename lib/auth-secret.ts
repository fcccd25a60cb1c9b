import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { engineOf } from "./db/engine";
import { env } from "./env";
import { newToken } from "./tokens";

/**
 * better-auth's signing secret. Configured, it is BETTER_AUTH_SECRET. Otherwise SkillGap makes one on first start and
 * keeps it in a file readable by its owner only, beside the SQLite database: outside the database, so that a copy of
 * the database signs no sessions, and on the same disk, so that every process on that machine signs the same way.
 */
export function authSecretFile(): string {
  if (env.AUTH_SECRET_FILE) return env.AUTH_SECRET_FILE;
  if (engineOf(env.DATABASE_URL) === "sqlite") return `${env.DATABASE_URL.replace(/^file:/, "")}.secret`;
  return path.join("data", "auth.secret");
}

/**
 * Why this process may not generate its own secret, or null. App instances on PostgreSQL share no disk: each would
 * make its own secret and refuse the sessions the others signed.
 */
export function sharedSecretProblem(): string | null {
  if (env.BETTER_AUTH_SECRET || env.NODE_ENV !== "production" || engineOf(env.DATABASE_URL) !== "postgresql") return null;
  return (
    "BETTER_AUTH_SECRET is not set: on PostgreSQL every app instance must sign sessions with the same secret. " +
    "Set it to the same random value of 32 characters or more on every instance (for example: openssl rand -base64 48)."
  );
}

/** Reads the secret file, or creates it: exclusively, so that processes starting at once all end up with one secret. */
export function readOrCreateSecretFile(file: string): string {
  try {
    mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    writeFileSync(file, newToken(48), { flag: "wx", mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  const secret = readFileSync(file, "utf8").trim();
  if (secret.length < 32) throw new Error(`${file} holds no usable secret (32 characters or more): delete it to have a new one made.`);
  return secret;
}

/** Writes a secret moved from elsewhere (an earlier version's database) unless the file exists already. */
export function adoptSecretFile(file: string, secret: string): boolean {
  try {
    mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    writeFileSync(file, secret, { flag: "wx", mode: 0o600 });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
}

export function resolveAuthSecret(): string {
  if (env.BETTER_AUTH_SECRET) return env.BETTER_AUTH_SECRET;
  const problem = sharedSecretProblem();
  if (problem) throw new Error(problem);
  return readOrCreateSecretFile(authSecretFile());
}
