import { headers } from "next/headers";
import { env } from "@/lib/env";
import { wrongOriginMessage } from "@/lib/errors";

/**
 * Sign-in works only at APP_URL's origin (better-auth refuses any other), so a page opened at another address
 * (127.0.0.1 for localhost, the machine's name) says where to go before anyone types a password.
 */
export async function OriginNotice({ path }: { path: string }) {
  const host = (await headers()).get("host");
  if (!host || host === new URL(env.APP_URL).host) return null;
  return (
    <p role="alert" data-error-code="wrong-origin" className="rounded border border-amber-300 bg-amber-50 p-3 text-amber-900">
      {wrongOriginMessage(env.APP_URL, path)}
    </p>
  );
}
