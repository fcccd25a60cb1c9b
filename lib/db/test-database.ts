import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";

/** Vitest global setup: a fresh, migrated database file for the lib/db tests, made the way `npm start` makes it. */
export default function setup() {
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`data/vitest.db${suffix}`, { force: true });
  execFileSync("npm", ["run", "--silent", "db:migrate"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, DATABASE_URL: "file:./data/vitest.db" },
  });
}
