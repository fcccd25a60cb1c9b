import { describe, expect, it } from "vitest";
import { newToken } from "../tokens";
import { takeRateLimit } from "./rate-limits";

describe("takeRateLimit", () => {
  it("allows `max` requests in a window, refuses the next with the wait, and starts again after a quiet window", async () => {
    const key = `test:${newToken()}`;
    const at = (seconds: number) => ({ key, max: 2, windowSeconds: 60, now: 1_000_000 + seconds * 1000 });
    expect(await takeRateLimit(at(0))).toEqual({ allowed: true, retryAfterSeconds: 0 });
    expect(await takeRateLimit(at(10))).toEqual({ allowed: true, retryAfterSeconds: 0 });
    expect(await takeRateLimit(at(20))).toEqual({ allowed: false, retryAfterSeconds: 50 });
    expect(await takeRateLimit(at(71))).toEqual({ allowed: true, retryAfterSeconds: 0 });
  });

  it("counts each key apart", async () => {
    const options = { max: 1, windowSeconds: 60, now: 5_000_000 };
    expect((await takeRateLimit({ key: `test:${newToken()}`, ...options })).allowed).toBe(true);
    expect((await takeRateLimit({ key: `test:${newToken()}`, ...options })).allowed).toBe(true);
  });
});
