import "server-only";
import { reportSchema, type Report } from "../report/schema";
import { db } from "./client";
import { type ActiveLink, activeWhere } from "./share-links";

export interface ReportPage {
  id: string;
  createdAt: Date;
  fileName: string | null;
  clientLabel: string | null;
  previousId: string | null;
  report: Report;
  /** The newest report that replaced this one, if the same owner made it. */
  newerId: string | null;
  /** The coach this report is visible to, if any. */
  coach: { name: string; clientLabel: string | null } | null;
  /** The owner's working links. */
  links: ActiveLink[];
}

/**
 * Everything the owner's report page shows, in one query (each Prisma query is compiled afresh, so the page's
 * cost grows with their number), with the owner in the `where` of the report and of its newer version. The stored
 * resume text is not read: the page does not show it.
 */
export async function getReportPageForOwner(
  { id, ownerSecretHash }: { id: string; ownerSecretHash: string },
  now = new Date(),
): Promise<ReportPage | null> {
  const row = await db.report.findFirst({
    where: { id, ownerSecretHash },
    select: {
      id: true,
      createdAt: true,
      fileName: true,
      clientLabel: true,
      previousId: true,
      analysis: true,
      coach: { select: { name: true } },
      nextVersions: { where: { ownerSecretHash }, orderBy: { createdAt: "desc" }, take: 1, select: { id: true } },
      shareLinks: {
        where: activeWhere(now),
        orderBy: { createdAt: "desc" },
        select: { kind: true, createdAt: true, expiresAt: true, showName: true, displayName: true },
      },
    },
  });
  if (!row) return null;
  const { analysis, coach, nextVersions, shareLinks, ...rest } = row;
  return {
    ...rest,
    report: reportSchema.parse(JSON.parse(analysis)),
    newerId: nextVersions[0]?.id ?? null,
    coach: coach ? { name: coach.name, clientLabel: row.clientLabel } : null,
    links: shareLinks.map((link) => ({ ...link, kind: link.kind === "owner" ? "owner" : "share" })),
  };
}
