/**
 * Which database engine a `DATABASE_URL` names. Plain TypeScript with no imports, so that prisma.config.ts, the
 * scripts and the client all decide the same way: `file:` is SQLite, `postgresql://` or `postgres://` is PostgreSQL.
 */
export type Engine = "sqlite" | "postgresql";

export const DATABASE_URL_HINT = "DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL)";

export function engineOf(url: string): Engine {
  if (/^postgres(ql)?:\/\//i.test(url)) return "postgresql";
  if (url.startsWith("file:")) return "sqlite";
  throw new Error(`${DATABASE_URL_HINT}; it starts with "${url.split(":")[0]}:".`);
}

/** Where each engine's schema and migration history live: the PostgreSQL ones are generated from the SQLite ones. */
export const SCHEMA_PATHS = {
  sqlite: { schema: "prisma/schema.prisma", migrations: "prisma/migrations" },
  postgresql: { schema: "prisma/postgresql/schema.prisma", migrations: "prisma/postgresql/migrations" },
} as const satisfies Record<Engine, { schema: string; migrations: string }>;
