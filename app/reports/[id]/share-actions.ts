"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { type ActionResult, failure, fieldFailure, NOT_FOUND, ownerAction, reportIdField } from "@/app/_server/action";
import { createLinkForOwner, revokeLinkForOwner } from "@/lib/db/share-links";
import { env } from "@/lib/env";
import { FIELD_ERRORS } from "@/lib/errors";
import { expiryChoiceSchema, expiryFromChoice, linkKindSchema } from "@/lib/share/link-options";

/** A link form's result: on success, the new link's address, which exists nowhere else (only its hash is kept). */
export type LinkResult = ActionResult<{ url?: string }>;

const createSchema = z.object({
  reportId: reportIdField,
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
    .pipe(z.string().max(60, { message: FIELD_ERRORS["name-too-long"] }).nullable()),
});

const formatDate = (date: Date) => date.toLocaleDateString("en-US", { dateStyle: "long", timeZone: "UTC" });

/**
 * Makes a share or owner link for the report, retiring the previous one of that kind, and shows its address.
 * Through an owner link, the holder may share the report but not outlast the link they were given: no new owner
 * link, and a share link that expires no later than theirs.
 */
export const createLink = ownerAction(createSchema, async function createLink(input, owner): Promise<LinkResult> {
  const { reportId, kind, expiry, showName, displayName } = input;
  if (kind === "share" && showName && !displayName) return fieldFailure({ displayName: [FIELD_ERRORS["name-missing"]] });
  if (owner.via === "owner-link" && kind === "owner") return failure("owner-link-limit");

  const chosen = expiryFromChoice(expiry, new Date());
  const limit = owner.via === "owner-link" ? owner.linkExpiresAt : null;
  const expiresAt = limit && (!chosen || chosen > limit) ? limit : chosen;
  const token = await createLinkForOwner({ reportId, ownerSecretHash: owner.secretHash, kind, expiresAt, showName, displayName });
  if (!token) return NOT_FOUND;
  revalidatePath(`/reports/${reportId}`);
  const path = kind === "share" ? "s" : "o";
  const capped =
    expiresAt && expiresAt !== chosen ? ` It expires ${formatDate(expiresAt)}, with the private link you opened it through.` : "";
  return { ok: true, message: `Link ready. Copy it now: SkillGap shows it only once.${capped}`, url: `${env.APP_URL}/${path}/${token}` };
});

const revokeSchema = z.object({ reportId: reportIdField, kind: linkKindSchema });

/** Revokes the report's working link of one kind: from this moment it opens the not-found page. */
export const revokeLink = ownerAction(revokeSchema, async function revokeLink({ reportId, kind }, owner): Promise<LinkResult> {
  await revokeLinkForOwner({ reportId, ownerSecretHash: owner.secretHash, kind });
  revalidatePath(`/reports/${reportId}`);
  return { ok: true, message: "Link revoked: it now opens a not-found page." };
});
