"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { newIntakeCode } from "@/lib/auth";
import { rotateIntakeCode } from "@/lib/db/coaches";
import { coachAction } from "../_server/action";

/** Retires the coach's intake link and issues a new one: uploads through the old link are refused from now on. */
export const rotateIntakeLink = coachAction(z.object({}), async function rotateIntakeLink(_input, coach) {
  await rotateIntakeCode({ coachId: coach.id, intakeCode: newIntakeCode() });
  revalidatePath("/coach");
  return { ok: true, message: "Your intake link was replaced. The old link no longer works." };
});
