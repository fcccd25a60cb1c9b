import "server-only";
import { getReportForOwner, type StoredReport } from "@/lib/db/reports";

/** The version being replaced, only when this owner owns it; undefined when none was named, null when not theirs. */
export async function findPreviousVersion(
  previousId: string | undefined,
  ownerSecretHash: string,
): Promise<StoredReport | null | undefined> {
  if (!previousId) return undefined;
  return getReportForOwner({ id: previousId, ownerSecretHash });
}
