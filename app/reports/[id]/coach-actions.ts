"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { failure, NOT_FOUND, ownerAction, reportIdField } from "@/app/_server/action";
import { clientLabelSchema } from "@/app/intake/assignment";
import { attachReportToCoach, detachReportFromCoach } from "@/lib/db/coach-review";
import { getCoachByIntakeCode } from "@/lib/db/coaches";
import { APP_ERRORS, FIELD_ERRORS } from "@/lib/errors";
import { isWellFormedToken } from "@/lib/tokens";

/** A candidate may paste the code or the whole link their coach sent. */
const intakeCode = z
  .string({ message: FIELD_ERRORS["intake-code"] })
  .trim()
  .transform((value) => value.split("/intake/").at(-1)?.split(/[?#/]/)[0] ?? "")
  .refine(isWellFormedToken, { message: FIELD_ERRORS["intake-code"] });

const attachSchema = z.object({
  reportId: reportIdField,
  intakeCode,
  clientLabel: clientLabelSchema,
  consent: z.literal("yes", { message: APP_ERRORS["consent-required"].message }),
});

/**
 * Shows the report to a coach: every version the owner holds in its chain. An owner link opens one report, so
 * through one only that report moves, and the page says so.
 */
export const attachToCoach = ownerAction(attachSchema, async function attachToCoach({ reportId, intakeCode: code, clientLabel }, owner) {
  const coach = await getCoachByIntakeCode({ intakeCode: code });
  if (!coach) return failure("intake-expired");
  const scope = owner.via === "owner-link" ? "report" : "chain";
  if (!(await attachReportToCoach({ id: reportId, ownerSecretHash: owner.secretHash, coachId: coach.id, clientLabel, scope })))
    return NOT_FOUND;
  revalidatePath(`/reports/${reportId}`);
  return {
    ok: true,
    message: scope === "chain" ? `Your report is now visible to ${coach.name}.` : `This version is now visible to ${coach.name}.`,
  };
});

export const detachFromCoach = ownerAction(z.object({ reportId: reportIdField }), async function detachFromCoach({ reportId }, owner) {
  const scope = owner.via === "owner-link" ? "report" : "chain";
  if (!(await detachReportFromCoach({ id: reportId, ownerSecretHash: owner.secretHash, scope }))) return NOT_FOUND;
  revalidatePath(`/reports/${reportId}`);
  return {
    ok: true,
    message:
      scope === "chain"
        ? "Your coach can no longer see this report or any of its versions."
        : "Your coach can no longer see this version. Detach the others from the browser you made them on.",
  };
});
