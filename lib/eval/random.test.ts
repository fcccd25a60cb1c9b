import { describe, expect, it } from "vitest";
import { seededRandom } from "./random";

describe("seededRandom", () => {
  it("gives the same sequence for the same seed, and does not repeat within a million draws", () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const first = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(first);
    const next = seededRandom(20_261_001);
    const seen = new Set<number>();
    for (let i = 0; i < 1_000_000; i++) seen.add(next());
    expect(seen.size).toBe(1_000_000);
    for (const value of seen) if (value < 0 || value >= 1) throw new Error(`out of range: ${value}`);
  });
});
