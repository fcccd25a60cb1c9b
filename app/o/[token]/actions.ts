"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { NOT_FOUND, publicAction } from "@/app/_server/action";
import { rememberOwnerLink } from "@/app/_server/owner";
import { getOwnerLink } from "@/lib/db/share-links";
import { isWellFormedToken } from "@/lib/tokens";

const openSchema = z.object({ token: z.string().refine(isWellFormedToken) });

/**
 * Anyone holding the private link may open the report as its owner on this device: the link is the credential.
 * It takes a click rather than a plain visit, so a chat app fetching the link for a preview gains nothing.
 */
export const openOwnerLink = publicAction(openSchema, async function openOwnerLink({ token }) {
  const link = await getOwnerLink({ token });
  if (!link) return NOT_FOUND;
  await rememberOwnerLink({ reportId: link.reportId, token, expiresAt: link.expiresAt });
  redirect(`/reports/${link.reportId}`);
});
