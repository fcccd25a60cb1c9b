"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { NOT_FOUND, ownerAction, reportIdField } from "@/app/_server/action";
import { deleteReportForOwner, getReportForOwner, setReportPostingForOwner } from "@/lib/db/reports";
import { getSnapshot } from "@/lib/db/snapshots";
import { FIELD_ERRORS } from "@/lib/errors";
import { postingTextSchema } from "@/lib/report/inputs";
import { compareWithPosting } from "@/lib/report/posting";

const postingSchema = z.object({ reportId: reportIdField, posting: postingTextSchema });

/** Compares the owner's report with a pasted job posting and saves the comparison in the report. */
export const compareWithJobPosting = ownerAction(postingSchema, async function compareWithJobPosting({ reportId, posting: text }, owner) {
  const stored = await getReportForOwner({ id: reportId, ownerSecretHash: owner.secretHash });
  if (!stored) return NOT_FOUND;
  // The comparison uses the snapshot the report was measured against, so its market view stays consistent.
  const snapshot = await getSnapshot(stored.snapshotId);
  if (!snapshot) return NOT_FOUND;
  const found = new Set(stored.report.skills.map((skill) => skill.id));
  const posting = compareWithPosting(text, found, snapshot);
  const saved = await setReportPostingForOwner({
    id: reportId,
    ownerSecretHash: owner.secretHash,
    postingText: text,
    report: { ...stored.report, posting },
  });
  if (!saved) return NOT_FOUND;
  revalidatePath(`/reports/${reportId}`);
  redirect(`/reports/${reportId}#posting-heading`);
});

const deleteSchema = z.object({
  reportId: reportIdField,
  confirm: z.literal("delete", { message: FIELD_ERRORS["delete-unconfirmed"] }),
  // Where the owner deleted from: their list stays their list; anywhere else goes home.
  returnTo: z.literal("/reports").optional(),
});

/** Deletes the owner's report for good: its text, analysis, share links and any coach's notes on it. */
export const deleteReport = ownerAction(deleteSchema, async function deleteReport({ reportId, returnTo }, owner) {
  if (!(await deleteReportForOwner({ id: reportId, ownerSecretHash: owner.secretHash }))) return NOT_FOUND;
  revalidatePath("/coach");
  redirect(`${returnTo ?? "/"}?deleted=1`);
});
