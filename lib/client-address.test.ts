import { describe, expect, it } from "vitest";
import { PEER_ADDRESS_HEADER, resolveClientAddress } from "./client-address";

const request = (entries: Record<string, string>) => new Headers(entries);

describe("resolveClientAddress", () => {
  it("takes the socket's peer and ignores X-Forwarded-For when no proxy is trusted", () => {
    const headers = request({ [PEER_ADDRESS_HEADER]: "203.0.113.7", "x-forwarded-for": "198.51.100.1" });
    expect(resolveClientAddress(headers, 0)).toBe("203.0.113.7");
    expect(resolveClientAddress(request({ [PEER_ADDRESS_HEADER]: "::ffff:127.0.0.1" }), 0)).toBe("127.0.0.1");
  });

  it("takes the entry the trusted proxy wrote, never the ones a client put before it", () => {
    // One proxy (10.0.0.2) in front: it appended the client it saw (203.0.113.7) after a forged entry.
    const headers = request({ [PEER_ADDRESS_HEADER]: "10.0.0.2", "x-forwarded-for": "198.51.100.1, 203.0.113.7" });
    expect(resolveClientAddress(headers, 1)).toBe("203.0.113.7");
    // Two proxies: the outer one wrote the client, the inner one wrote the outer one.
    const two = request({ [PEER_ADDRESS_HEADER]: "10.0.0.3", "x-forwarded-for": "198.51.100.1, 203.0.113.7, 10.0.0.2" });
    expect(resolveClientAddress(two, 2)).toBe("203.0.113.7");
  });

  it("gives no address when there is none to trust", () => {
    expect(resolveClientAddress(request({ "x-forwarded-for": "198.51.100.1" }), 0)).toBeNull();
    expect(resolveClientAddress(request({ [PEER_ADDRESS_HEADER]: "not an address" }), 0)).toBeNull();
    expect(resolveClientAddress(request({ [PEER_ADDRESS_HEADER]: "10.0.0.2" }), 1)).toBeNull();
    expect(resolveClientAddress(request({ [PEER_ADDRESS_HEADER]: "10.0.0.2", "x-forwarded-for": "garbage" }), 1)).toBeNull();
  });
});
