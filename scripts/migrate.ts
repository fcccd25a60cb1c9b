/**
 * Creates the database file if missing, applies committed migrations, and loads the bundled market snapshot when
 * the database has none with its id. `npm start` runs this before the server starts.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { env } from "../lib/env";
import { addSnapshot } from "../lib/db/snapshots";
import { BUNDLED_SNAPSHOT_PATH, readSnapshotFile } from "../lib/market/load";

const file = env.DATABASE_URL.replace(/^file:/, "");
mkdirSync(path.dirname(path.resolve(file)), { recursive: true });

execFileSync(path.join("node_modules", ".bin", "prisma"), ["migrate", "deploy"], {
  stdio: ["ignore", "inherit", "inherit"],
  env: { ...process.env, DATABASE_URL: env.DATABASE_URL },
});

const snapshot = readSnapshotFile(BUNDLED_SNAPSHOT_PATH);
const added = await addSnapshot(snapshot);
console.log(added ? `Loaded market snapshot ${snapshot.id}.` : `Market snapshot ${snapshot.id} already loaded.`);
