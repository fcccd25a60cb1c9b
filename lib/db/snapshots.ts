import "server-only";
import { AppError } from "../errors";
import { parseMarketSnapshot, type MarketSnapshot } from "../market/snapshot";
import { db } from "./client";

/**
 * Market snapshots. A row is never updated: a new import or build is a new row, so every report keeps the figures
 * it was measured against. A snapshot is public unless a coach built it (a MarketBuild names it); a coach's own
 * snapshots serve only that coach and their clients.
 */

/** The access rule for snapshots anyone may use: no coach built them. */
const PUBLIC = { builds: { none: {} } } as const;

/** A snapshot's row: the columns lists filter and sort on, and the whole snapshot as JSON. */
export function snapshotRow(snapshot: MarketSnapshot) {
  return { id: snapshot.id, title: snapshot.title, source: snapshot.source, postings: snapshot.postings, data: JSON.stringify(snapshot) };
}

/** Adds a public snapshot unless one with its id exists. Returns whether it was added. */
export async function addSnapshot(snapshot: MarketSnapshot): Promise<boolean> {
  const existing = await db.marketSnapshot.findUnique({ where: { id: snapshot.id }, select: { id: true } });
  if (existing) return false;
  try {
    await db.marketSnapshot.create({ data: snapshotRow(snapshot) });
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

/**
 * The public snapshot new reports are measured against by default: the most recently added. Every upload asks, so
 * it is one raw statement: the same rule as PUBLIC (no MarketBuild names the snapshot), written in SQL that SQLite
 * and PostgreSQL both read, because Prisma compiles a relation filter afresh on every call, which cost several
 * times what the statement does.
 */
export async function getCurrentSnapshot(): Promise<MarketSnapshot> {
  const [row] = await db.$queryRaw<{ id: string }[]>`
    SELECT s."id" FROM "MarketSnapshot" s
    WHERE NOT EXISTS (SELECT 1 FROM "MarketBuild" b WHERE b."snapshotId" = s."id")
    ORDER BY s."createdAt" DESC, s."id" DESC LIMIT 1`;
  if (!row) throw new Error("No market snapshot in the database: run `npm run db:migrate`.");
  const snapshot = await getSnapshot(row.id);
  if (!snapshot) throw new Error(`Market snapshot ${row.id} disappeared while it was read.`);
  return snapshot;
}

/** Any snapshot by id, for a report that names it (the report's own access rule was checked by its caller). */
export async function getSnapshot(id: string): Promise<MarketSnapshot | null> {
  const cached = parsedSnapshots.get(id);
  if (cached) return cached;
  const row = await db.marketSnapshot.findUnique({ where: { id }, select: { data: true } });
  if (!row) return null;
  const snapshot = parseMarketSnapshot(JSON.parse(row.data));
  parsedSnapshots.set(id, snapshot);
  return snapshot;
}

export interface SnapshotSummary {
  id: string;
  title: string;
  postings: number;
  createdAt: Date;
}

/** The public snapshots, newest first: the markets a candidate may pick on the upload form. */
export async function listPublicSnapshots(): Promise<SnapshotSummary[]> {
  return db.marketSnapshot.findMany({
    where: PUBLIC,
    orderBy: { createdAt: "desc" },
    select: { id: true, title: true, postings: true, createdAt: true },
    take: 50,
  });
}

/**
 * The snapshot a new report is measured against: the public one the candidate picked; else the market their coach
 * chose; else the newest public snapshot. A picked id that is not public is refused, never silently replaced.
 */
export async function getSnapshotForNewReport({
  pickedId,
  coachId,
  coachMarketId,
}: {
  pickedId?: string;
  coachId?: string | null;
  /** The coach's chosen market when the caller read it already (lib/db/coaches.ts `getCoachByIntakeCode`): no lookup. */
  coachMarketId?: string | null;
}): Promise<MarketSnapshot> {
  if (pickedId) {
    const row = await db.marketSnapshot.findFirst({ where: { id: pickedId, ...PUBLIC }, select: { id: true } });
    const picked = row ? await getSnapshot(row.id) : null;
    if (!picked) throw new AppError("invalid-input", "Choose a market from the list.");
    return picked;
  }
  if (coachId) {
    const chosenId = coachMarketId !== undefined ? coachMarketId : await getCoachMarketId({ coachId });
    const market = chosenId ? await getSnapshot(chosenId) : null;
    if (market) return market;
  }
  return getCurrentSnapshot();
}

/** The market a coach chose for their clients' new reports, or null for the default (the newest public one). */
export async function getCoachMarketId({ coachId }: { coachId: string }): Promise<string | null> {
  const row = await db.coachMarket.findUnique({ where: { coachId }, select: { snapshotId: true } });
  return row?.snapshotId ?? null;
}

/**
 * Makes a snapshot the coach's market: a public one, or one this coach built. Returns false when the snapshot is
 * neither (another coach's, or none), so the caller answers not-found.
 */
export async function chooseCoachMarket({ coachId, snapshotId }: { coachId: string; snapshotId: string | null }): Promise<boolean> {
  if (snapshotId === null) {
    await db.coachMarket.deleteMany({ where: { coachId } });
    return true;
  }
  const usable = await db.marketSnapshot.findFirst({
    where: { id: snapshotId, OR: [PUBLIC, { builds: { some: { coachId, status: "done" } } }] },
    select: { id: true },
  });
  if (!usable) return false;
  await db.coachMarket.upsert({
    where: { coachId },
    create: { coachId, snapshotId },
    update: { snapshotId, chosenAt: new Date() },
  });
  return true;
}
