import "server-only";
import { newToken } from "../tokens";
import { db } from "./client";

export interface RateLimitVerdict {
  allowed: boolean;
  /** When refused: how long until the window ends. */
  retryAfterSeconds: number;
}

/**
 * Counts one request under `key`. Counters live in the rateLimit table (better-auth keeps its sign-in counts there
 * under keys of its own), so every app instance sees the same count. As in better-auth, a key's window restarts
 * after `windowSeconds` without a counted request; refused requests are not counted.
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
  // The common case, a known key with room left or a window that has run out, is one atomic UPDATE: no
  // transaction, no read first. Only a new key or a refusal takes the transaction below.
  const counted = await db.$executeRaw`
    UPDATE "rateLimit"
    SET "count" = CASE WHEN ${BigInt(now)} - "lastRequest" >= ${BigInt(windowMs)} THEN 1 ELSE "count" + 1 END,
        "lastRequest" = ${BigInt(now)}
    WHERE "key" = ${key} AND ("count" < ${max} OR ${BigInt(now)} - "lastRequest" >= ${BigInt(windowMs)})`;
  if (counted === 1) return { allowed: true, retryAfterSeconds: 0 };
  return db.$transaction(async (tx) => {
    const row = await tx.rateLimit.findUnique({ where: { key } });
    const last = row ? Number(row.lastRequest) : 0;
    if (row && now - last < windowMs && row.count >= max) {
      return { allowed: false, retryAfterSeconds: Math.ceil((last + windowMs - now) / 1000) };
    }
    const count = row && now - last < windowMs ? row.count + 1 : 1;
    await tx.rateLimit.upsert({
      where: { key },
      create: { id: newToken(), key, count, lastRequest: BigInt(now) },
      update: { count, lastRequest: BigInt(now) },
    });
    return { allowed: true, retryAfterSeconds: 0 };
  });
}
