/**
 * Migrates whichever database DATABASE_URL names and loads the bundled market snapshot when the database has none
 * with its id. `npm start` and `npm run serve` run this before the server starts; with several app instances, run
 * it once per release (instances that start together wait for each other's migration). A database that cannot be
 * reached ends the start with one sentence saying what failed, where, and what to check.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { adoptSecretFile, authSecretFile } from "../lib/auth-secret";
import { readLegacyAuthSecret } from "../lib/db/app-secrets";
import { db } from "../lib/db/client";
import { describeDatabaseError } from "../lib/db/connection-errors";
import { engineOf } from "../lib/db/engine";
import { deployPostgresMigrations } from "../lib/db/postgres-migrations";
import { addSnapshot } from "../lib/db/snapshots";
import { env } from "../lib/env";
import { BUNDLED_SNAPSHOT_PATH, readSnapshotFile } from "../lib/market/load";

async function migrateSqlite(url: string) {
  const file = url.replace(/^file:/, "");
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  // Earlier versions kept the generated signing secret in the database; move it to its file before the migration
  // that drops it, so coaches stay signed in across the upgrade.
  if (existsSync(file) && !env.BETTER_AUTH_SECRET) {
    const legacy = await readLegacyAuthSecret();
    if (legacy && adoptSecretFile(authSecretFile(), legacy)) console.log(`Moved the generated auth secret to ${authSecretFile()}.`);
    // That read opened the database in WAL mode; an open connection leaves Prisma's migrate "database is busy"
    // (reported as SocketTimeout), so every start after the first failed. The client reconnects for the snapshot.
    await db.$disconnect();
  }
  execFileSync(path.join("node_modules", ".bin", "prisma"), ["migrate", "deploy"], {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, DATABASE_URL: url },
  });
}

async function migratePostgres(url: string) {
  const applied = await deployPostgresMigrations(url);
  console.log(
    applied.length ? `Applied ${applied.length} PostgreSQL migration(s): ${applied.join(", ")}.` : "PostgreSQL schema is up to date.",
  );
}

const url = env.DATABASE_URL;
try {
  if (engineOf(url) === "postgresql") await migratePostgres(url);
  else await migrateSqlite(url);
  const snapshot = readSnapshotFile(BUNDLED_SNAPSHOT_PATH);
  const added = await addSnapshot(snapshot);
  console.log(added ? `Loaded market snapshot ${snapshot.id}.` : `Market snapshot ${snapshot.id} already loaded.`);
} catch (error) {
  // Prisma's CLI has printed its own error for SQLite already; a PostgreSQL failure is explained here.
  console.error(engineOf(url) === "postgresql" ? describeDatabaseError(url, error) : `Could not migrate ${url}.`);
  process.exit(1);
}
