"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { deleteReportForOwner, getReportForOwner, setReportPostingForOwner } from "@/lib/db/reports";
import { getSnapshot } from "@/lib/db/snapshots";
import { postingTextSchema } from "@/lib/report/inputs";
import { compareWithPosting } from "@/lib/report/posting";
import { isWellFormedToken } from "@/lib/tokens";
import type { FormState } from "@/app/_server/form-state";
import { ownerHashForReport } from "@/app/_server/owner";

const NOT_FOUND: FormState = { code: "not-found", message: "SkillGap could not find this report. Open it again from its link." };

/** Compares the owner's report with a pasted job posting and saves the comparison in the report. */
export async function compareWithJobPosting(reportId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const ownerSecretHash = await ownerHashForReport(reportId);
  if (!ownerSecretHash || !isWellFormedToken(reportId)) return NOT_FOUND;

  const parsed = z.object({ posting: postingTextSchema }).safeParse({ posting: formData.get("posting") ?? undefined });
  if (!parsed.success) {
    return { code: "invalid-input", message: "Check the posting.", fieldErrors: z.flattenError(parsed.error).fieldErrors };
  }

  try {
    const stored = await getReportForOwner({ id: reportId, ownerSecretHash });
    if (!stored) return NOT_FOUND;
    // The comparison uses the snapshot the report was measured against, so its market view stays consistent.
    const snapshot = await getSnapshot(stored.snapshotId);
    if (!snapshot) return NOT_FOUND;
    const found = new Set(stored.report.skills.map((skill) => skill.id));
    const posting = compareWithPosting(parsed.data.posting, found, snapshot);
    const saved = await setReportPostingForOwner({
      id: reportId,
      ownerSecretHash,
      postingText: parsed.data.posting,
      report: { ...stored.report, posting },
    });
    if (!saved) return NOT_FOUND;
  } catch (error) {
    console.error("compareWithJobPosting failed", error);
    return { code: "internal", message: "SkillGap could not save this comparison. Try again in a moment." };
  }
  revalidatePath(`/reports/${reportId}`);
  redirect(`/reports/${reportId}#posting-heading`);
}

/** Deletes the owner's report for good: its text, analysis, share links and any coach's notes on it. */
export async function deleteReport(reportId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const ownerSecretHash = await ownerHashForReport(reportId);
  if (!ownerSecretHash || !isWellFormedToken(reportId)) return NOT_FOUND;

  const parsed = z
    .object({
      confirm: z.literal("delete", { message: "Tick the box to confirm that this report should be deleted." }),
      // Where the owner deleted from: their list stays their list; anywhere else goes home.
      returnTo: z.literal("/reports").optional(),
    })
    .safeParse({ confirm: formData.get("confirm") ?? undefined, returnTo: formData.get("returnTo") ?? undefined });
  if (!parsed.success) {
    return { code: "invalid-input", message: "Confirm the deletion first.", fieldErrors: z.flattenError(parsed.error).fieldErrors };
  }

  try {
    if (!(await deleteReportForOwner({ id: reportId, ownerSecretHash }))) return NOT_FOUND;
  } catch (error) {
    console.error("deleteReport failed", error);
    return { code: "internal", message: "SkillGap could not delete this report. Try again in a moment." };
  }
  revalidatePath("/coach");
  redirect(`${parsed.data.returnTo ?? "/"}?deleted=1`);
}
