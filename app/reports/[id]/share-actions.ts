"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { createLinkForOwner, revokeLinkForOwner } from "@/lib/db/share-links";
import { env } from "@/lib/env";
import { expiryChoiceSchema, expiryFromChoice, linkKindSchema } from "@/lib/share/link-options";
import { isWellFormedToken } from "@/lib/tokens";
import type { FormState } from "@/app/_server/form-state";
import { ownerHashForReport } from "@/app/_server/owner";

/** A link form's result: on success, the new link's address, which exists nowhere else (only its hash is kept). */
export type LinkFormState = (NonNullable<FormState> & { url?: string }) | null;

const NOT_YOURS: LinkFormState = {
  code: "not-found",
  message: "This report is not open in this browser any more. Reload the page.",
};

const reportIdSchema = z.string().refine(isWellFormedToken);

const createSchema = z.object({
  reportId: reportIdSchema,
  kind: linkKindSchema,
  expiry: expiryChoiceSchema,
  showName: z
    .literal("on")
    .optional()
    .transform((value) => value === "on"),
  displayName: z
    .string()
    .optional()
    .transform((value) => value?.trim().replace(/\s+/g, " ") || null)
    .pipe(z.string().max(60, { message: "Keep the name under 60 characters." }).nullable()),
});

/** Makes a share or owner link for the report, retiring the previous one of that kind, and shows its address. */
export async function createLink(_state: LinkFormState, formData: FormData): Promise<LinkFormState> {
  const reportId = String(formData.get("reportId") ?? "");
  const ownerSecretHash = isWellFormedToken(reportId) ? await ownerHashForReport(reportId) : null;
  if (!ownerSecretHash) return NOT_YOURS;

  const parsed = createSchema.safeParse({
    reportId,
    kind: formData.get("kind"),
    expiry: formData.get("expiry"),
    showName: formData.get("showName") ?? undefined,
    displayName: formData.get("displayName") ?? undefined,
  });
  if (!parsed.success) {
    return { code: "invalid-input", message: "Check the form.", fieldErrors: z.flattenError(parsed.error).fieldErrors };
  }
  const { kind, expiry, showName, displayName } = parsed.data;
  if (kind === "share" && showName && !displayName) {
    return {
      code: "invalid-input",
      message: "Check the form.",
      fieldErrors: { displayName: ["Enter the name to show, or untick the box."] },
    };
  }

  let token: string | null;
  try {
    const expiresAt = expiryFromChoice(expiry, new Date());
    token = await createLinkForOwner({ reportId, ownerSecretHash, kind, expiresAt, showName, displayName });
  } catch (error) {
    console.error("createLink failed", error);
    return { code: "internal", message: "SkillGap could not make the link. Try again in a moment." };
  }
  if (!token) return NOT_YOURS;
  revalidatePath(`/reports/${reportId}`);
  const path = kind === "share" ? "s" : "o";
  return { code: "created", message: "Link ready. Copy it now: SkillGap shows it only once.", url: `${env.APP_URL}/${path}/${token}` };
}

const revokeSchema = z.object({ reportId: reportIdSchema, kind: linkKindSchema });

/** Revokes the report's working link of one kind: from this moment it opens the not-found page. */
export async function revokeLink(_state: LinkFormState, formData: FormData): Promise<LinkFormState> {
  const reportId = String(formData.get("reportId") ?? "");
  const ownerSecretHash = isWellFormedToken(reportId) ? await ownerHashForReport(reportId) : null;
  if (!ownerSecretHash) return NOT_YOURS;

  const parsed = revokeSchema.safeParse({ reportId, kind: formData.get("kind") });
  if (!parsed.success) return { code: "invalid-input", message: "Check the form." };

  try {
    await revokeLinkForOwner({ reportId, ownerSecretHash, kind: parsed.data.kind });
  } catch (error) {
    console.error("revokeLink failed", error);
    return { code: "internal", message: "SkillGap could not revoke the link. Try again in a moment." };
  }
  revalidatePath(`/reports/${reportId}`);
  return { code: "revoked", message: "Link revoked: it now opens a not-found page." };
}
