import "server-only";
import { cookies } from "next/headers";
import { env } from "@/lib/env";
import { hashToken, isWellFormedToken, newToken } from "@/lib/tokens";

/**
 * A candidate has no account: their browser holds a secret in an http-only cookie, and their reports hold its
 * hash. Whoever holds the cookie owns the reports; nobody else can open them.
 */
const OWNER_COOKIE = "sg_owner";
const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

/** The hash of this browser's owner secret, or null when it has none yet. */
export async function currentOwnerHash(): Promise<string | null> {
  const secret = (await cookies()).get(OWNER_COOKIE)?.value;
  return secret && isWellFormedToken(secret) ? hashToken(secret) : null;
}

/** The hash of this browser's owner secret, giving it one first if needed. Only server actions may call this. */
export async function ensureOwnerHash(): Promise<string> {
  const existing = await currentOwnerHash();
  if (existing) return existing;
  const secret = newToken(32);
  (await cookies()).set(OWNER_COOKIE, secret, {
    httpOnly: true,
    sameSite: "lax",
    secure: env.APP_URL.startsWith("https://"),
    path: "/",
    maxAge: ONE_YEAR_SECONDS,
  });
  return hashToken(secret);
}
