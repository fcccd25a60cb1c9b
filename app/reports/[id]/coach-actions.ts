"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { FormState } from "@/app/_server/form-state";
import { ownerHashForReport } from "@/app/_server/owner";
import { CLIENT_LABEL_MAX } from "@/app/intake/assignment";
import { attachReportToCoach, detachReportFromCoach } from "@/lib/db/coach-review";
import { getCoachByIntakeCode } from "@/lib/db/coaches";
import { isWellFormedToken } from "@/lib/tokens";

const NOT_FOUND: FormState = { code: "not-found", message: "This report is not available from this browser." };

/** A candidate may paste the code or the whole link their coach sent. */
const intakeCode = z
  .string()
  .trim()
  .transform((value) => value.split("/intake/").at(-1)?.split(/[?#/]/)[0] ?? "")
  .refine(isWellFormedToken, { message: "Paste the intake link or code your coach gave you." });

const attachSchema = z.object({
  reportId: z.string().refine(isWellFormedToken),
  intakeCode,
  clientLabel: z
    .string()
    .trim()
    .max(CLIENT_LABEL_MAX, { message: `Keep the name under ${CLIENT_LABEL_MAX} characters.` })
    .optional()
    .transform((label) => (label ? label : null)),
  consent: z.literal("yes", { message: "Tick the box to agree that this coach will see your report." }),
});

export async function attachToCoach(_state: FormState, formData: FormData): Promise<FormState> {
  // Owner links opened on this device count too: every owner check goes through ownerHashForReport.
  const ownerSecretHash = await ownerHashForReport(String(formData.get("reportId") ?? ""));
  if (!ownerSecretHash) return NOT_FOUND;
  const parsed = attachSchema.safeParse({
    reportId: formData.get("reportId"),
    intakeCode: formData.get("intakeCode") ?? "",
    clientLabel: formData.get("clientLabel") ?? undefined,
    consent: formData.get("consent") ?? undefined,
  });
  if (!parsed.success) {
    const fieldErrors = z.flattenError(parsed.error).fieldErrors;
    if (fieldErrors.reportId) return NOT_FOUND;
    return { code: "invalid-input", message: Object.values(fieldErrors).flat()[0] ?? "Check the form.", fieldErrors };
  }
  const coach = await getCoachByIntakeCode({ intakeCode: parsed.data.intakeCode });
  if (!coach) return { code: "intake-expired", message: "No coach has this intake code now. Ask your coach for their current link." };
  const attached = await attachReportToCoach({
    id: parsed.data.reportId,
    ownerSecretHash,
    coachId: coach.id,
    clientLabel: parsed.data.clientLabel,
  });
  if (!attached) return NOT_FOUND;
  revalidatePath(`/reports/${parsed.data.reportId}`);
  return { code: "attached", message: `Your report is now visible to ${coach.name}.` };
}

export async function detachFromCoach(_state: FormState, formData: FormData): Promise<FormState> {
  const ownerSecretHash = await ownerHashForReport(String(formData.get("reportId") ?? ""));
  if (!ownerSecretHash) return NOT_FOUND;
  const parsed = z.object({ reportId: z.string().refine(isWellFormedToken) }).safeParse({ reportId: formData.get("reportId") });
  if (!parsed.success) return NOT_FOUND;
  if (!(await detachReportFromCoach({ id: parsed.data.reportId, ownerSecretHash }))) return NOT_FOUND;
  revalidatePath(`/reports/${parsed.data.reportId}`);
  return { code: "detached", message: "Your coach can no longer see this report." };
}
