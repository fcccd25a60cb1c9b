import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { env } from "../env";
import { PrismaClient } from "../generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "../generated/prisma-postgresql/client";
import { type Engine, engineOf } from "./engine";

/** The engine DATABASE_URL names: `file:` is SQLite, `postgresql://` is PostgreSQL. */
export const engine: Engine = engineOf(env.DATABASE_URL);

/**
 * PostgreSQL has its own generated client (a schema names one provider), made from the same data model, so its
 * delegates take and return what the SQLite client's do: queries are written once against the SQLite client's types.
 */
function postgresClient(url: string): PrismaClient {
  return new PostgresPrismaClient({ adapter: new PrismaPg({ connectionString: url }) }) as unknown as PrismaClient;
}

/**
 * SQLite's defaults (a rollback journal, a full sync on every commit) make each write wait for the disk several
 * times while holding the one connection. A write-ahead log lets readers go on during a write, and NORMAL sync
 * in WAL mode stays corruption-safe, losing at most the last commits on a power cut, never on a process crash.
 */
const SQLITE_PRAGMAS = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;";

/** The better-sqlite3 adapter for `url`, setting the pragmas once on the connection it opens. */
function sqliteAdapter(url: string): PrismaBetterSQLite3 {
  const factory = new PrismaBetterSQLite3({ url });
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    await adapter.executeScript(SQLITE_PRAGMAS);
    return adapter;
  };
  return factory;
}

function sqliteClient(url: string): PrismaClient {
  return new PrismaClient({ adapter: sqliteAdapter(url) });
}

/** The one Prisma client. Kept on globalThis in development so hot reloads do not open a connection each time. */
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const db: PrismaClient =
  globalForPrisma.prisma ?? (engine === "postgresql" ? postgresClient(env.DATABASE_URL) : sqliteClient(env.DATABASE_URL));

if (env.NODE_ENV !== "production") globalForPrisma.prisma = db;
