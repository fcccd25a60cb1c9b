import "server-only";
import { cache } from "react";
import { getSharedReport, type SharedReport } from "@/lib/db/share-links";
import { toSharedReport } from "@/lib/share/shared-report";
import { isWellFormedToken } from "@/lib/tokens";

/**
 * The shared report for a token, already stripped for strangers, or null for every kind of dead link (revoked,
 * expired, replaced, guessed, malformed) alike. Cached per request: the page, its metadata and its image agree.
 */
export const loadSharedReport = cache(async (token: string): Promise<SharedReport | null> => {
  if (!isWellFormedToken(token)) return null;
  const shared = await getSharedReport({ token });
  return shared ? { ...shared, report: toSharedReport(shared.report) } : null;
});
