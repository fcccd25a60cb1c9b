import { defineConfig } from "prisma/config";

// The JS schema engine and the better-sqlite3 adapter: Prisma downloads no native engine (STACK.md).
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  async adapter() {
    const { PrismaBetterSQLite3 } = await import("@prisma/adapter-better-sqlite3");
    return new PrismaBetterSQLite3({ url: process.env.DATABASE_URL ?? "file:./data/skillgap.db" });
  },
});
