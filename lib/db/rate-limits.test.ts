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

describe("takeRateLimit under concurrency", () => {
  it("gives the last slots to exactly as many requests as there are slots, however many arrive at once", async () => {
    const key = `test:${newToken()}`;
    const options = { key, max: 7, windowSeconds: 60, now: 9_000_000 };
    expect((await takeRateLimit(options)).allowed).toBe(true);
    const verdicts = await Promise.all(Array.from({ length: 30 }, () => takeRateLimit(options)));
    expect(verdicts.filter((verdict) => verdict.allowed)).toHaveLength(6);
    expect(verdicts.filter((verdict) => !verdict.allowed).every((verdict) => verdict.retryAfterSeconds === 60)).toBe(true);
  });

  it("restarts a quiet window once, for the first of the requests that race into it", async () => {
    const key = `test:${newToken()}`;
    for (let i = 0; i < 2; i++) await takeRateLimit({ key, max: 2, windowSeconds: 60, now: 1_000_000 });
    const later = await Promise.all(
      Array.from({ length: 10 }, () => takeRateLimit({ key, max: 2, windowSeconds: 60, now: 1_000_000 + 61_000 })),
    );
    expect(later.filter((verdict) => verdict.allowed)).toHaveLength(2);
  });
});
