/**
 * npm run db:generate (postinstall runs it too): generates both Prisma clients. The CLI reads each schema's
 * DATABASE_URL though it connects to nothing, and without one it reaches for a native engine: the SQLite schema
 * gets the install's default database (lib/paths.ts), the PostgreSQL one a placeholder of its engine.
 */
import { execFileSync } from "node:child_process";
import path from "node:path";
import { SCHEMA_PATHS } from "../../lib/db/engine";
import { DEFAULT_DATABASE_URL } from "../../lib/paths";

const urls = { sqlite: DEFAULT_DATABASE_URL, postgresql: "postgresql://generate@localhost/generate" } as const;
for (const [engine, url] of Object.entries(urls) as [keyof typeof urls, string][]) {
  execFileSync(path.join("node_modules", ".bin", "prisma"), ["generate", "--schema", SCHEMA_PATHS[engine].schema], {
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: url },
  });
}
