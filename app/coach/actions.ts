"use server";

import { revalidatePath } from "next/cache";
import { newIntakeCode } from "@/lib/auth";
import { rotateIntakeCode } from "@/lib/db/coaches";
import type { FormState } from "../_server/form-state";
import { currentCoach } from "../_server/coach";

/** Retires the coach's intake link and issues a new one: uploads through the old link are refused from now on. */
export async function rotateIntakeLink(_state: FormState, _formData: FormData): Promise<FormState> {
  const coach = await currentCoach();
  if (!coach) return { code: "not-found", message: "Sign in again to manage your intake link." };
  await rotateIntakeCode({ coachId: coach.id, intakeCode: newIntakeCode() });
  revalidatePath("/coach");
  return { code: "rotated", message: "Your intake link was replaced. The old link no longer works." };
}
