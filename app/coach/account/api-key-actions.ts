"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { type ActionResult, coachAction, failure, NOT_FOUND } from "@/app/_server/action";
import { API_KEY_NAME_MAX, createApiKeyForCoach, MAX_ACTIVE_API_KEYS, revokeApiKeyForCoach } from "@/lib/db/api-keys";

/** What creating a key answers with: the key itself, this once. */
export type CreatedApiKey = { key: string; name: string };

const createSchema = z.object({
  name: z
    .string({ message: "Name the key after what will use it, such as your CRM." })
    .trim()
    .min(1, { message: "Name the key after what will use it, such as your CRM." })
    .max(API_KEY_NAME_MAX, { message: `Keep the name under ${API_KEY_NAME_MAX} characters.` }),
});

/** Makes a named API key for the signed-in coach. The key travels back in this one answer and is never shown again. */
export const createApiKey = coachAction(createSchema, async function createApiKey({ name }, coach): Promise<ActionResult<CreatedApiKey>> {
  const created = await createApiKeyForCoach({ coachId: coach.id, name });
  if (!created.ok) {
    return failure("invalid-input", `You have ${MAX_ACTIVE_API_KEYS} working keys. Revoke one you no longer use, then make a new one.`);
  }
  revalidatePath("/coach/account");
  return { ok: true, name, key: created.key, message: `Key “${name}” is ready. Copy it now: it will not be shown again.` };
});

const revokeSchema = z.object({ keyId: z.string().min(1).max(64) });

/** Stops one of the coach's keys at once; another coach's key, or one already revoked, is not found. */
export const revokeApiKey = coachAction(revokeSchema, async function revokeApiKey({ keyId }, coach): Promise<ActionResult> {
  if (!(await revokeApiKeyForCoach({ coachId: coach.id, id: keyId }))) return NOT_FOUND;
  revalidatePath("/coach/account");
  return { ok: true, message: "The key was revoked: requests with it are refused from now on." };
});
