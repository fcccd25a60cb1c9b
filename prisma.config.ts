import { defineConfig } from "prisma/config";
import { engineOf, SCHEMA_PATHS } from "./lib/db/engine";
import { DEFAULT_DATABASE_URL } from "./lib/paths";

// The JS schema engine and a driver adapter: Prisma downloads no native engine. DATABASE_URL picks the engine, and
// with it the schema and migration history that `prisma migrate deploy` applies.
const url = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
const engine = engineOf(url);

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: SCHEMA_PATHS[engine].schema,
  migrations: { path: SCHEMA_PATHS[engine].migrations },
  async adapter() {
    if (engine === "postgresql") {
      const { PrismaPg } = await import("@prisma/adapter-pg");
      return new PrismaPg({ connectionString: url });
    }
    const { PrismaBetterSQLite3 } = await import("@prisma/adapter-better-sqlite3");
    return new PrismaBetterSQLite3({ url });
  },
});
