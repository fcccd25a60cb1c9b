import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { env } from "../env";
import { PrismaClient } from "../generated/prisma/client";

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

/** The one Prisma client. Kept on globalThis in development so hot reloads do not open a connection each time. */
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const db: PrismaClient = globalForPrisma.prisma ?? new PrismaClient({ adapter: sqliteAdapter(env.DATABASE_URL) });

if (env.NODE_ENV !== "production") globalForPrisma.prisma = db;
