import "server-only";
import { randomUUID } from "node:crypto";
import { completeMarketBuild, failMarketBuild, recordMarketBuildProgress } from "@/lib/db/market-builds";
import { getCurrentSnapshot } from "@/lib/db/snapshots";
import { countPostings, postingsFromUpload } from "@/lib/market-input";
import { SnapshotBuilder } from "@/lib/market/build";
import { catalogOf } from "@/lib/market/catalog";
import { extractForMarket } from "@/lib/market/posting-skills";

/** How often a running build writes its progress for the Markets page to show. */
const PROGRESS_MS = 500;

/**
 * Counts an uploaded postings file into a new snapshot for one coach, writing progress as it goes. Runs after the
 * upload's response (next/server `after`), so the coach watches it on the Markets page rather than waiting on a
 * request. The skills and their waves come from the newest public snapshot.
 */
export async function runMarketBuild({
  buildId,
  coachId,
  title,
  fileName,
  bytes,
}: {
  buildId: string;
  coachId: string;
  title: string;
  fileName: string;
  bytes: Uint8Array;
}): Promise<void> {
  try {
    const published = await getCurrentSnapshot();
    const slug = title
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 50);
    const builder = new SnapshotBuilder({
      id: `${slug || "market"}-${randomUUID().slice(0, 8)}`,
      title,
      source: `${fileName}, uploaded on the Markets page and counted by SkillGap`,
      extract: extractForMarket,
      ...catalogOf(published),
      fallbackSalary: published.salary,
    });
    let last = Date.now();
    await countPostings(postingsFromUpload(fileName, bytes), builder, {
      // Waits only when it writes: the other postings go on without a promise each.
      progress: (read) => {
        if (Date.now() - last <= PROGRESS_MS) return;
        last = Date.now();
        return recordMarketBuildProgress({
          id: buildId,
          coachId,
          postingsRead: read,
          counted: builder.counted,
          duplicates: builder.exactDuplicates + builder.nearDuplicates,
          unreadable: builder.unreadable,
        });
      },
    });
    if (builder.counted === 0) {
      await failMarketBuild({ id: buildId, coachId, errorCode: "no-postings" });
      return;
    }
    await completeMarketBuild({ id: buildId, coachId, snapshot: builder.finish() });
  } catch (error) {
    console.error("market build failed", error);
    await failMarketBuild({ id: buildId, coachId, errorCode: "internal" }).catch(() => undefined);
  }
}
