import "server-only";
import { db } from "./client";

/**
 * The signing secret that earlier versions generated and kept in the database's AppSecret table, or null. Read once,
 * before the migration that drops that table, so that an upgrade moves it to its file and keeps coaches signed in.
 */
export async function readLegacyAuthSecret(): Promise<string | null> {
  try {
    const rows = await db.$queryRawUnsafe<{ value: string }[]>(`SELECT "value" FROM "AppSecret" WHERE "name" = 'better-auth-secret'`);
    return rows[0]?.value ?? null;
  } catch {
    // No such table: a new database, or one migrated already.
    return null;
  }
}
