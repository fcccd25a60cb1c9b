import { beforeAll, describe, expect, it } from "vitest";
import { hashToken, newToken } from "../tokens";
import * as keys from "./api-keys";
import { db } from "./client";

const coachA = `api-coach-a-${newToken(6)}`;
const coachB = `api-coach-b-${newToken(6)}`;

beforeAll(async () => {
  for (const id of [coachA, coachB]) await db.user.create({ data: { id, name: id, email: `${id}@example.test` } });
});

async function newKey(coachId = coachA, name = "Zapier") {
  const created = await keys.createApiKeyForCoach({ coachId, name });
  if (!created.ok) throw new Error("no key made");
  return created;
}

describe("API keys against a real database", () => {
  it("a new key is returned once; the table holds only its hash and a short prefix", async () => {
    const { id, key, prefix } = await newKey();
    expect(key).toMatch(/^sgk_[A-Za-z0-9_-]{43}$/);
    expect(key.startsWith(prefix)).toBe(true);
    expect(prefix.length).toBeLessThan(12);
    const row = await db.apiKey.findUniqueOrThrow({ where: { id } });
    expect(row.keyHash).toBe(hashToken(key));
    expect(JSON.stringify(row)).not.toContain(key);
    const listed = await keys.listApiKeysForCoach({ coachId: coachA });
    expect(listed.find((entry) => entry.id === id)).toMatchObject({ name: "Zapier", prefix, lastUsedAt: null, revokedAt: null });
    expect(JSON.stringify(listed)).not.toContain(key);
  });

  it("a working key finds its coach and records when it was used", async () => {
    const { id, key } = await newKey();
    const now = new Date("2026-12-01T09:30:00Z");
    expect(await keys.findCoachByApiKey({ key, now })).toEqual({ keyId: id, coachId: coachA });
    expect((await db.apiKey.findUniqueOrThrow({ where: { id } })).lastUsedAt).toEqual(now);
  });

  it("guessed, malformed and hash-as-key values find nobody", async () => {
    const { id } = await newKey();
    const row = await db.apiKey.findUniqueOrThrow({ where: { id } });
    for (const key of [`sgk_${newToken(32)}`, "sgk_short", "", row.keyHash, `Bearer sgk_${newToken(32)}`]) {
      expect(await keys.findCoachByApiKey({ key })).toBeNull();
    }
  });

  it("a revoked key stops at once; only its coach can revoke it", async () => {
    const { id, key } = await newKey();
    expect(await keys.revokeApiKeyForCoach({ coachId: coachB, id })).toBe(false);
    expect(await keys.findCoachByApiKey({ key })).not.toBeNull();
    expect(await keys.revokeApiKeyForCoach({ coachId: coachA, id })).toBe(true);
    expect(await keys.findCoachByApiKey({ key })).toBeNull();
    expect(await keys.revokeApiKeyForCoach({ coachId: coachA, id })).toBe(false);
    const listed = await keys.listApiKeysForCoach({ coachId: coachA });
    expect(listed.find((entry) => entry.id === id)?.revokedAt).toBeInstanceOf(Date);
  });

  it("a coach sees only their own keys, and holds at most the maximum working at once", async () => {
    const coach = `api-coach-c-${newToken(6)}`;
    await db.user.create({ data: { id: coach, name: coach, email: `${coach}@example.test` } });
    const made: { id: string }[] = [];
    for (let i = 0; i < keys.MAX_ACTIVE_API_KEYS; i++) made.push(await newKey(coach, `key ${i}`));
    expect(await keys.createApiKeyForCoach({ coachId: coach, name: "one too many" })).toEqual({ ok: false, reason: "too-many" });
    await keys.revokeApiKeyForCoach({ coachId: coach, id: made[0]!.id });
    expect((await keys.createApiKeyForCoach({ coachId: coach, name: "replacement" })).ok).toBe(true);
    const listed = await keys.listApiKeysForCoach({ coachId: coach });
    expect(listed).toHaveLength(keys.MAX_ACTIVE_API_KEYS + 1);
    expect(listed[0]!.name).toBe("replacement");
    const others = await keys.listApiKeysForCoach({ coachId: coachB });
    expect(others.some((entry) => made.some((mine) => mine.id === entry.id))).toBe(false);
  });

  it("deleting a coach deletes their keys", async () => {
    const coach = `api-coach-d-${newToken(6)}`;
    await db.user.create({ data: { id: coach, name: coach, email: `${coach}@example.test` } });
    const { key } = await newKey(coach);
    await db.user.delete({ where: { id: coach } });
    expect(await keys.findCoachByApiKey({ key })).toBeNull();
    expect(await db.apiKey.count({ where: { coachId: coach } })).toBe(0);
  });
});
