import "server-only";
import { reportSchema, type Report } from "../report/schema";
import { db } from "./client";
import type { ActiveLink } from "./share-links";

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

/** One row of the page's statement: the report with its coach and newest newer version, once per working link. */
interface PageRow {
  id: string;
  createdAt: Date;
  fileName: string | null;
  clientLabel: string | null;
  previousId: string | null;
  analysis: string;
  coachName: string | null;
  newerId: string | null;
  linkKind: string | null;
  linkCreatedAt: Date | null;
  linkExpiresAt: Date | null;
  linkShowName: boolean | null;
  linkDisplayName: string | null;
}

/**
 * Everything the owner's report page shows, in one statement, with the owner in the `where` of the report and of
 * its newer version. It is raw SQL that SQLite and PostgreSQL both read: Prisma compiles every query afresh, and
 * the same read as a query with three relations (coach, newer version, links) cost the page's GET about three times
 * the CPU of this statement, most of it compiling. The report comes back once per working link (an owner holds at
 * most one of each kind, lib/db/share-links.ts), or once with no link. The driver returns each column as its schema
 * type (dates, booleans) on both engines. The stored resume text is not read: the page does not show it.
 */
export async function getReportPageForOwner(
  { id, ownerSecretHash }: { id: string; ownerSecretHash: string },
  now = new Date(),
): Promise<ReportPage | null> {
  const rows = await db.$queryRaw<PageRow[]>`
    SELECT r."id", r."createdAt", r."fileName", r."clientLabel", r."previousId", r."analysis",
      u."name" AS "coachName",
      (SELECT n."id" FROM "Report" n WHERE n."previousId" = r."id" AND n."ownerSecretHash" = r."ownerSecretHash"
        ORDER BY n."createdAt" DESC LIMIT 1) AS "newerId",
      l."kind" AS "linkKind", l."createdAt" AS "linkCreatedAt", l."expiresAt" AS "linkExpiresAt",
      l."showName" AS "linkShowName", l."displayName" AS "linkDisplayName"
    FROM "Report" r
    LEFT JOIN "user" u ON u."id" = r."coachId"
    LEFT JOIN "ShareLink" l ON l."reportId" = r."id" AND l."revokedAt" IS NULL AND (l."expiresAt" IS NULL OR l."expiresAt" > ${now})
    WHERE r."id" = ${id} AND r."ownerSecretHash" = ${ownerSecretHash}
    ORDER BY l."createdAt" DESC`;
  const row = rows[0];
  if (!row) return null;
  const links: ActiveLink[] = [];
  for (const link of rows) {
    if (link.linkKind === null || link.linkCreatedAt === null) continue;
    links.push({
      kind: link.linkKind === "owner" ? "owner" : "share",
      createdAt: link.linkCreatedAt,
      expiresAt: link.linkExpiresAt,
      showName: Boolean(link.linkShowName),
      displayName: link.linkDisplayName,
    });
  }
  return {
    id: row.id,
    createdAt: row.createdAt,
    fileName: row.fileName,
    clientLabel: row.clientLabel,
    previousId: row.previousId,
    report: reportSchema.parse(JSON.parse(row.analysis)),
    newerId: row.newerId,
    coach: row.coachName === null ? null : { name: row.coachName, clientLabel: row.clientLabel },
    links,
  };
}
