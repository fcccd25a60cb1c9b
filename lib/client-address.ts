import { isIP } from "node:net";

/**
 * The header scripts/next-server.mjs sets to the TCP peer's address on every request, replacing any value a client
 * sent. `next start` offers nothing a client cannot forge: it sets X-Forwarded-For from the socket only when the
 * request carries none, and keeps a client's own value as it is.
 */
export const PEER_ADDRESS_HEADER = "x-skillgap-peer-address";
/** The resolved client address, as the auth route hands it to better-auth (lib/auth.ts reads only this header). */
export const CLIENT_ADDRESS_HEADER = "x-skillgap-client-address";

interface HeaderSource {
  get(name: string): string | null;
}

/**
 * The address a request came from, for rate limits; null when there is none to trust (the caller then counts the
 * request under one shared key, never lets it through uncounted).
 *
 * With `trustedHops` 0 it is the socket's peer, whatever X-Forwarded-For says. With N trusted proxies in front, each
 * appending the address it saw, the client is the entry the outermost trusted proxy wrote: N places from the right
 * once the peer (the nearest proxy) is appended. Entries further left were written by the client and are ignored.
 */
export function resolveClientAddress(headers: HeaderSource, trustedHops: number): string | null {
  const peer = usable(headers.get(PEER_ADDRESS_HEADER));
  if (peer === null) return null;
  if (trustedHops === 0) return peer;
  const chain = [
    ...(headers.get("x-forwarded-for") ?? "")
      .split(",")
      .map((entry) => entry.trim())
      .filter(Boolean),
    peer,
  ];
  const index = chain.length - 1 - trustedHops;
  // Fewer entries than trusted proxies: the request did not come through all of them.
  return index < 0 ? null : usable(chain[index]);
}

/** An IP address, without an IPv4-mapped IPv6 prefix, or null. */
function usable(value: string | null | undefined): string | null {
  const address = value?.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "");
  return address && isIP(address) !== 0 ? address.toLowerCase() : null;
}
