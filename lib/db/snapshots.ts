import "server-only";
import { parseMarketSnapshot, type MarketSnapshot } from "../market/snapshot";
import { db } from "./client";

/** Adds a snapshot unless one with its id exists. Returns whether it was added. */
export async function addSnapshot(snapshot: MarketSnapshot): Promise<boolean> {
  const existing = await db.marketSnapshot.findUnique({ where: { id: snapshot.id }, select: { id: true } });
  if (existing) return false;
  try {
    await db.marketSnapshot.create({
      data: {
        id: snapshot.id,
        title: snapshot.title,
        source: snapshot.source,
        postings: snapshot.postings,
        data: JSON.stringify(snapshot),
      },
    });
  } catch (error) {
    // Another instance starting at the same moment added it first.
    if ((error as { code?: string }).code === "P2002") return false;
    throw error;
  }
  return true;
}

/**
 * A snapshot never changes once added (reports keep the figures they were measured against), so each one is read
 * and validated once per process, not on every upload. There are a handful per year: the map stays small.
 */
const parsedSnapshots = new Map<string, MarketSnapshot>();

/** The snapshot new reports are measured against: the most recently added. */
export async function getCurrentSnapshot(): Promise<MarketSnapshot> {
  // A plain query: this runs on every upload, and Prisma compiles each model query afresh.
  const [row] = await db.$queryRaw<{ id: string }[]>`SELECT "id" FROM "MarketSnapshot" ORDER BY "createdAt" DESC, "id" DESC LIMIT 1`;
  if (!row) throw new Error("No market snapshot in the database: run `npm run db:migrate`.");
  const snapshot = await getSnapshot(row.id);
  if (!snapshot) throw new Error(`Market snapshot ${row.id} disappeared while it was read.`);
  return snapshot;
}

export async function getSnapshot(id: string): Promise<MarketSnapshot | null> {
  const cached = parsedSnapshots.get(id);
  if (cached) return cached;
  const row = await db.marketSnapshot.findUnique({ where: { id }, select: { data: true } });
  if (!row) return null;
  const snapshot = parseMarketSnapshot(JSON.parse(row.data));
  parsedSnapshots.set(id, snapshot);
  return snapshot;
}
