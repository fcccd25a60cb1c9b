import "server-only";
import { hashToken, newToken } from "../tokens";
import { db } from "./client";

/**
 * Coaches' keys for the HTTP API. As with share links, the database keeps only the SHA-256 of a key: the key is
 * returned once, by `createApiKeyForCoach`, and a leaked table opens nothing. Every lookup below has the access
 * rule in its `where`: a revoked key and a guessed one look the same.
 */
const KEY_PREFIX = "sgk_";
/** Enough of the key to tell a coach's keys apart, far too little to guess the rest. */
const SHOWN_CHARS = KEY_PREFIX.length + 6;
/** Working keys a coach may hold at once; a revoked key frees its place. */
export const MAX_ACTIVE_API_KEYS = 10;
export const API_KEY_NAME_MAX = 60;

/** `sgk_` and 256 random bits, base64url: recognizable in a config file, and refused before any query when malformed. */
export function isWellFormedApiKey(value: string): boolean {
  return /^sgk_[A-Za-z0-9_-]{43}$/.test(value);
}

export interface ApiKeySummary {
  id: string;
  name: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

export type CreatedApiKey = { ok: true; id: string; key: string; prefix: string } | { ok: false; reason: "too-many" };

/** Makes a named key for the coach and returns it, the only time it is ever available. */
export async function createApiKeyForCoach({ coachId, name }: { coachId: string; name: string }): Promise<CreatedApiKey> {
  const key = KEY_PREFIX + newToken(32);
  const id = newToken();
  const prefix = key.slice(0, SHOWN_CHARS);
  return db.$transaction(async (tx) => {
    const active = await tx.apiKey.count({ where: { coachId, revokedAt: null } });
    if (active >= MAX_ACTIVE_API_KEYS) return { ok: false, reason: "too-many" } as const;
    await tx.apiKey.create({ data: { id, coachId, name, prefix, keyHash: hashToken(key) } });
    return { ok: true, id, key, prefix } as const;
  });
}

/** The coach's keys, newest first, revoked ones included (with when they stopped working). */
export async function listApiKeysForCoach({ coachId }: { coachId: string }): Promise<ApiKeySummary[]> {
  return db.apiKey.findMany({
    where: { coachId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true },
  });
}

/** Stops one of the coach's keys at once. False when it is not theirs or was revoked already. */
export async function revokeApiKeyForCoach({
  coachId,
  id,
  now = new Date(),
}: {
  coachId: string;
  id: string;
  now?: Date;
}): Promise<boolean> {
  const { count } = await db.apiKey.updateMany({ where: { id, coachId, revokedAt: null }, data: { revokedAt: now } });
  return count === 1;
}

/** The coach a working key belongs to, noting that it was used; null for a malformed, unknown or revoked key. */
export async function findCoachByApiKey({
  key,
  now = new Date(),
}: {
  key: string;
  now?: Date;
}): Promise<{ keyId: string; coachId: string } | null> {
  if (!isWellFormedApiKey(key)) return null;
  const row = await db.apiKey.findFirst({ where: { keyHash: hashToken(key), revokedAt: null }, select: { id: true, coachId: true } });
  if (!row) return null;
  await db.apiKey.update({ where: { id: row.id }, data: { lastUsedAt: now } });
  return { keyId: row.id, coachId: row.coachId };
}
