import "server-only";
import { z } from "zod";
import { getCoachByIntakeCode } from "@/lib/db/coaches";
import { isWellFormedToken } from "@/lib/tokens";
import type { FormState } from "../_server/form-state";

export const CLIENT_LABEL_MAX = 60;

const assignmentSchema = z.object({
  intakeCode: z.string().refine(isWellFormedToken).optional(),
  consent: z.literal("yes", { message: "Tick the box to agree that your coach will see this report." }).optional(),
  clientLabel: z
    .string()
    .trim()
    .max(CLIENT_LABEL_MAX, { message: `Keep the name under ${CLIENT_LABEL_MAX} characters.` })
    .optional()
    .transform((label) => (label ? label : null)),
});

export type Assignment = { ok: true; coachId: string | null; clientLabel: string | null } | { ok: false; state: FormState };

const EXPIRED: FormState = {
  code: "intake-expired",
  message: "This intake link no longer works. Ask your coach for their current link.",
};

/**
 * The coach an upload is for, when it came through an intake link: the code must still be the coach's current
 * one and the candidate must have agreed. An upload without a code belongs to nobody but its owner.
 */
export async function coachAssignment(formData: FormData): Promise<Assignment> {
  const raw = formData.get("intakeCode");
  if (raw === null) return { ok: true, coachId: null, clientLabel: null };
  const parsed = assignmentSchema.safeParse({
    intakeCode: raw,
    consent: formData.get("consent") ?? undefined,
    clientLabel: formData.get("clientLabel") ?? undefined,
  });
  if (!parsed.success) {
    const fieldErrors = z.flattenError(parsed.error).fieldErrors;
    if (fieldErrors.intakeCode) return { ok: false, state: EXPIRED };
    return { ok: false, state: { code: "invalid-input", message: "Check the form.", fieldErrors } };
  }
  if (!parsed.data.intakeCode || parsed.data.consent !== "yes") {
    return {
      ok: false,
      state: {
        code: "consent-required",
        message: "Tick the box to agree that your coach will see this report.",
        fieldErrors: { consent: ["Tick the box to agree that your coach will see this report."] },
      },
    };
  }
  const coach = await getCoachByIntakeCode({ intakeCode: parsed.data.intakeCode });
  if (!coach) return { ok: false, state: EXPIRED };
  return { ok: true, coachId: coach.id, clientLabel: parsed.data.clientLabel };
}
