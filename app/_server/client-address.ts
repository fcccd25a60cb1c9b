import "server-only";
import { headers } from "next/headers";

/**
 * The address a request came from, for rate limits. `next start` sets X-Forwarded-For from the socket when the
 * request has none; behind a proxy, the proxy must set it (a client could otherwise choose its own).
 */
export async function clientAddress(): Promise<string> {
  const forwarded = (await headers()).get("x-forwarded-for");
  return forwarded?.split(",")[0]?.trim() || "unknown";
}
