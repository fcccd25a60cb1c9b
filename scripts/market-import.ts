/**
 * npm run market:import FILE.json
 * Validates a market snapshot against lib/market/snapshot.ts and adds it to the database. New reports are measured
 * against the most recently added snapshot; reports already saved keep the one they were measured against.
 */
import { readFile } from "node:fs/promises";
import { ZodError } from "zod";
import { describeDatabaseError } from "../lib/db/connection-errors";
import { addSnapshot } from "../lib/db/snapshots";
import { env } from "../lib/env";
import { parseMarketSnapshot } from "../lib/market/snapshot";

const [file, ...rest] = process.argv.slice(2);
if (!file || rest.length > 0) {
  console.error("usage: npm run market:import FILE.json");
  process.exit(2);
}

let json: unknown;
try {
  json = JSON.parse(await readFile(file, "utf8"));
} catch (error) {
  console.error(`${file}: cannot read it as JSON: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

try {
  const snapshot = parseMarketSnapshot(json);
  const added = await addSnapshot(snapshot);
  if (!added) {
    console.error(`${file}: a snapshot with id "${snapshot.id}" is already loaded; give the new one its own id.`);
    process.exit(1);
  }
  console.log(
    `Added market snapshot ${snapshot.id} (${snapshot.postings} postings, ${snapshot.skills.length} skills). New reports use it.`,
  );
} catch (error) {
  if (error instanceof ZodError) {
    console.error(`${file}: not a valid market snapshot:`);
    for (const issue of error.issues) console.error(`  ${issue.path.join(".") || "(root)"}: ${issue.message}`);
    process.exit(1);
  }
  // Prisma's "table does not exist": a database nobody has migrated yet (a fresh checkout, a new DATABASE_URL).
  if ((error as { code?: string }).code === "P2021") {
    console.error(
      `${file}: the database has no tables yet. Run npm run db:migrate (npm run serve and npm start do it), then import again.`,
    );
    process.exit(1);
  }
  console.error(`${file}: not imported. ${describeDatabaseError(env.DATABASE_URL, error)}`);
  process.exit(1);
}
