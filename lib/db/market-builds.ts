import "server-only";
import type { MarketSnapshot } from "../market/snapshot";
import { db } from "./client";
import { snapshotRow } from "./snapshots";

/** A coach's postings upload being counted into a snapshot. Every query names the coach in its `where`. */

export type MarketBuildStatus = "running" | "done" | "failed";

export interface MarketBuildRow {
  id: string;
  title: string;
  fileName: string;
  status: MarketBuildStatus;
  postingsRead: number;
  counted: number;
  duplicates: number;
  unreadable: number;
  errorCode: string | null;
  snapshotId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** A build that has not reported progress for this long was cut off (the server restarted): it is shown as failed. */
const STALE_MS = 5 * 60 * 1000;

export async function createMarketBuild(input: { id: string; coachId: string; title: string; fileName: string }): Promise<void> {
  await db.marketBuild.create({ data: { ...input, status: "running" } });
}

export async function recordMarketBuildProgress(input: {
  id: string;
  coachId: string;
  postingsRead: number;
  counted: number;
  duplicates: number;
  unreadable: number;
}): Promise<void> {
  const { id, coachId, ...counts } = input;
  await db.marketBuild.updateMany({ where: { id, coachId, status: "running" }, data: counts });
}

/** Saves the snapshot (a new row, never an edit) and marks the build done, in one transaction. */
export async function completeMarketBuild({
  id,
  coachId,
  snapshot,
}: {
  id: string;
  coachId: string;
  snapshot: MarketSnapshot;
}): Promise<void> {
  await db.$transaction([
    db.marketSnapshot.create({ data: snapshotRow(snapshot) }),
    db.marketBuild.updateMany({
      where: { id, coachId },
      data: {
        status: "done",
        snapshotId: snapshot.id,
        postingsRead: snapshot.build?.postingsRead ?? snapshot.postings,
        counted: snapshot.postings,
        duplicates: (snapshot.build?.exactDuplicates ?? 0) + (snapshot.build?.nearDuplicates ?? 0),
        unreadable: snapshot.build?.unreadable ?? 0,
      },
    }),
  ]);
}

export async function failMarketBuild({ id, coachId, errorCode }: { id: string; coachId: string; errorCode: string }): Promise<void> {
  await db.marketBuild.updateMany({ where: { id, coachId }, data: { status: "failed", errorCode } });
}

/** The coach's builds, newest first. */
export async function listMarketBuilds({ coachId }: { coachId: string }): Promise<MarketBuildRow[]> {
  const rows = await db.marketBuild.findMany({ where: { coachId }, orderBy: { createdAt: "desc" }, take: 50 });
  const now = Date.now();
  return rows.map((row) => {
    const stale = row.status === "running" && now - row.updatedAt.getTime() > STALE_MS;
    return { ...row, status: stale ? "failed" : (row.status as MarketBuildStatus), errorCode: stale ? "internal" : row.errorCode };
  });
}
