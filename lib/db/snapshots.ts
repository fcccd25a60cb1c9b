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

/** The snapshot new reports are measured against: the most recently added. */
export async function getCurrentSnapshot(): Promise<MarketSnapshot> {
  const row = await db.marketSnapshot.findFirst({ orderBy: { createdAt: "desc" } });
  if (!row) throw new Error("No market snapshot in the database: run `npm run db:migrate`.");
  return parseMarketSnapshot(JSON.parse(row.data));
}

export async function getSnapshot(id: string): Promise<MarketSnapshot | null> {
  const row = await db.marketSnapshot.findUnique({ where: { id } });
  return row ? parseMarketSnapshot(JSON.parse(row.data)) : null;
}
