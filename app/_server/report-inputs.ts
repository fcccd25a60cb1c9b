import "server-only";
import { getReportForOwner, type StoredReport } from "@/lib/db/reports";
import { reportInputsSchema } from "@/lib/report/inputs";

/** The upload form's optional report inputs (target market, previous version, job posting), validated. */
export function parseReportInputs(formData: FormData) {
  const field = (name: string) => formData.get(name) ?? undefined;
  return reportInputsSchema.safeParse({
    industry: field("industry"),
    country: field("country"),
    previousId: field("previousId"),
    posting: field("posting"),
  });
}

export const PREVIOUS_NOT_FOUND = {
  code: "previous-not-found",
  message: "SkillGap could not find the report this version replaces. Open that report again, or upload from the home page.",
} as const;

/** The version being replaced, only when this owner owns it; undefined when none was named, null when not theirs. */
export async function findPreviousVersion(
  previousId: string | undefined,
  ownerSecretHash: string,
): Promise<StoredReport | null | undefined> {
  if (!previousId) return undefined;
  return getReportForOwner({ id: previousId, ownerSecretHash });
}
