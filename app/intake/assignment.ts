import "server-only";
import { z } from "zod";
import { type ActionFailure, failure, fieldFailure } from "@/app/_server/action";
import { getCoachByIntakeCode } from "@/lib/db/coaches";
import { APP_ERRORS, FIELD_ERRORS } from "@/lib/errors";
import { isWellFormedToken } from "@/lib/tokens";

/** As long as a share page's display name, so one sentence (FIELD_ERRORS["name-too-long"]) fits both. */
export const CLIENT_LABEL_MAX = 60;

/** The name or nickname a candidate gives their coach; blank means none. */
export const clientLabelSchema = z
  .string()
  .trim()
  .max(CLIENT_LABEL_MAX, { message: FIELD_ERRORS["name-too-long"] })
  .optional()
  .transform((label) => (label ? label : null));

/** The intake fields the upload form carries when it was opened through a coach's intake link. */
export const assignmentFields = {
  intakeCode: z.string().optional(),
  consent: z.string().optional(),
  clientLabel: clientLabelSchema,
};

/** `coachMarketId`: the market the coach chose for new reports, null for the default (or when there is no coach). */
export type Assignment = { ok: true; coachId: string | null; coachMarketId: string | null; clientLabel: string | null } | ActionFailure;

/**
 * The coach an upload is for, when it came through an intake link: the code must still be the coach's current
 * one and the candidate must have agreed. An upload without a code belongs to nobody but its owner.
 */
export async function coachAssignment(input: { intakeCode?: string; consent?: string; clientLabel: string | null }): Promise<Assignment> {
  if (input.intakeCode === undefined) return { ok: true, coachId: null, coachMarketId: null, clientLabel: null };
  if (!isWellFormedToken(input.intakeCode)) return failure("intake-expired");
  if (input.consent !== "yes") return fieldFailure({ consent: [APP_ERRORS["consent-required"].message] }, "consent-required");
  const coach = await getCoachByIntakeCode({ intakeCode: input.intakeCode });
  if (!coach) return failure("intake-expired");
  return { ok: true, coachId: coach.id, coachMarketId: coach.marketId, clientLabel: input.clientLabel };
}
