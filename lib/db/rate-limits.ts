import "server-only";
import { newToken } from "../tokens";
import { db } from "./client";

export interface RateLimitVerdict {
  allowed: boolean;
  /** When refused: how long until the window ends. */
  retryAfterSeconds: number;
}

/**
 * Counts one request under `key`. Counters live in the rateLimit table (better-auth's sign-in limit is routed here
 * too, see lib/auth.ts), so every app instance sees the same count. A key's window restarts after `windowSeconds`
 * without a counted request; refused requests are not counted.
 *
 * The check and the increment are one statement (an upsert whose update has a condition), which both SQLite and
 * PostgreSQL run atomically: two instances taking the last slot at once cannot both win, as a read followed by a
 * write in a READ COMMITTED transaction would let them.
 */
export async function takeRateLimit({
  key,
  max,
  windowSeconds,
  now = Date.now(),
}: {
  key: string;
  max: number;
  windowSeconds: number;
  now?: number;
}): Promise<RateLimitVerdict> {
  const windowMs = windowSeconds * 1000;
  const windowStart = BigInt(now - windowMs);
  const at = BigInt(now);
  const counted = await db.$executeRaw`
    INSERT INTO "rateLimit" ("id", "key", "count", "lastRequest") VALUES (${newToken()}, ${key}, 1, ${at})
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "rateLimit"."lastRequest" <= ${windowStart} THEN 1 ELSE "rateLimit"."count" + 1 END,
      "lastRequest" = ${at}
    WHERE "rateLimit"."lastRequest" <= ${windowStart} OR "rateLimit"."count" < ${max}`;
  if (counted > 0) return { allowed: true, retryAfterSeconds: 0 };
  const row = await db.rateLimit.findUnique({ where: { key }, select: { lastRequest: true } });
  const last = row ? Number(row.lastRequest) : now;
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((last + windowMs - now) / 1000)) };
}
