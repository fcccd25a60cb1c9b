import "server-only";
import { cookies } from "next/headers";
import { getOwnerLinkAccess } from "@/lib/db/share-links";
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

/** An owner link opened on this device leaves its token in a cookie named for the one report it opens. */
const OWNER_LINK_COOKIE_PREFIX = "sg_ol_";

/**
 * Who owns a report as this browser proves it. `via` says how: the browser's own secret, or an owner link it
 * opened for this one report, which stands in for the owner only until `linkExpiresAt` (null: until revoked).
 */
export type Owner =
  | { secretHash: string; via: "secret"; linkExpiresAt: null }
  | { secretHash: string; via: "owner-link"; linkExpiresAt: Date | null };

/**
 * The owner under which this browser may read and change one report: the owner link it opened for that report
 * while the link still works, else its own secret. Every owner check goes through here, so revoking an owner link
 * takes effect on the next request from the device that used it.
 */
export async function ownerForReport(reportId: string): Promise<Owner | null> {
  if (!isWellFormedToken(reportId)) return null;
  const linkToken = (await cookies()).get(OWNER_LINK_COOKIE_PREFIX + reportId)?.value;
  if (linkToken && isWellFormedToken(linkToken)) {
    const linked = await getOwnerLinkAccess({ token: linkToken, reportId });
    if (linked) return { secretHash: linked.ownerSecretHash, via: "owner-link", linkExpiresAt: linked.expiresAt };
  }
  const secretHash = await currentOwnerHash();
  return secretHash ? { secretHash, via: "secret", linkExpiresAt: null } : null;
}

/** The owner-secret hash of `ownerForReport`, for pages that only read. */
export async function ownerHashForReport(reportId: string): Promise<string | null> {
  return (await ownerForReport(reportId))?.secretHash ?? null;
}

/** Lets this browser act as the owner of one report through an owner link. Only server actions may call this. */
export async function rememberOwnerLink({ reportId, token, expiresAt }: { reportId: string; token: string; expiresAt: Date | null }) {
  const seconds = expiresAt ? Math.max(1, Math.floor((expiresAt.getTime() - Date.now()) / 1000)) : ONE_YEAR_SECONDS;
  (await cookies()).set(OWNER_LINK_COOKIE_PREFIX + reportId, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: env.APP_URL.startsWith("https://"),
    path: "/",
    maxAge: Math.min(seconds, ONE_YEAR_SECONDS),
  });
}

/** The reports this browser holds working owner links for, each with the owner-secret hash the link stands for. */
export async function ownerLinkGrants(): Promise<{ reportId: string; ownerSecretHash: string }[]> {
  const grants: { reportId: string; ownerSecretHash: string }[] = [];
  for (const cookie of (await cookies()).getAll()) {
    if (!cookie.name.startsWith(OWNER_LINK_COOKIE_PREFIX)) continue;
    const reportId = cookie.name.slice(OWNER_LINK_COOKIE_PREFIX.length);
    if (!isWellFormedToken(reportId) || !isWellFormedToken(cookie.value)) continue;
    const access = await getOwnerLinkAccess({ token: cookie.value, reportId });
    if (access) grants.push({ reportId, ownerSecretHash: access.ownerSecretHash });
  }
  return grants;
}
