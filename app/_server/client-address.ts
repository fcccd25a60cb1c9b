import "server-only";
import { headers } from "next/headers";
import { resolveClientAddress } from "@/lib/client-address";
import { env } from "@/lib/env";

/**
 * The address a request came from, as a rate-limit key: the socket's peer, or with TRUST_PROXY the entry the
 * outermost trusted proxy wrote (lib/client-address.ts). A request with no usable address shares one key with
 * every other such request: it is limited, never let through uncounted.
 */
export async function clientAddress(): Promise<string> {
  return resolveClientAddress(await headers(), env.TRUST_PROXY) ?? "no-usable-address";
}
