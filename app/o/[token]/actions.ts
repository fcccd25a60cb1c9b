"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { getOwnerLink } from "@/lib/db/share-links";
import { isWellFormedToken } from "@/lib/tokens";
import type { FormState } from "@/app/_server/form-state";
import { rememberOwnerLink } from "@/app/_server/owner";

const openSchema = z.object({ token: z.string().refine(isWellFormedToken) });
const DEAD: FormState = { code: "not-found", message: "This private link no longer works. Make a new one from the report." };

/**
 * Anyone holding the private link may open the report as its owner on this device: the link is the credential.
 * It takes a click rather than a plain visit, so a chat app fetching the link for a preview gains nothing.
 */
export async function openOwnerLink(_state: FormState, formData: FormData): Promise<FormState> {
  const parsed = openSchema.safeParse({ token: formData.get("token") });
  if (!parsed.success) return DEAD;

  let link: Awaited<ReturnType<typeof getOwnerLink>>;
  try {
    link = await getOwnerLink({ token: parsed.data.token });
  } catch (error) {
    console.error("openOwnerLink failed", error);
    return { code: "internal", message: "SkillGap could not open the report. Try again in a moment." };
  }
  if (!link) return DEAD;
  await rememberOwnerLink({ reportId: link.reportId, token: parsed.data.token, expiresAt: link.expiresAt });
  redirect(`/reports/${link.reportId}`);
}
