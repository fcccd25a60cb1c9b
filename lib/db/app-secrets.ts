import "server-only";
import { db } from "./client";

/**
 * Returns the secret stored under `name`, storing `candidate` first when there is none. Every instance that races
 * here ends up with the one value that won the insert, so sessions signed by one instance verify on another.
 */
export async function getOrCreateAppSecret({ name, candidate }: { name: string; candidate: string }): Promise<string> {
  const existing = await db.appSecret.findUnique({ where: { name }, select: { value: true } });
  if (existing) return existing.value;
  try {
    await db.appSecret.create({ data: { name, value: candidate } });
  } catch {
    // Another instance stored one between the read and the insert: use theirs.
  }
  const stored = await db.appSecret.findUniqueOrThrow({ where: { name }, select: { value: true } });
  return stored.value;
}
