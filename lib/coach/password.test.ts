import { describe, expect, it } from "vitest";
import { isWeakPassword } from "./password";

describe("isWeakPassword", () => {
  it("refuses short, common, repeated and run passwords", () => {
    for (const weak of ["short1", "Password123", "aaaaaaaaaaaa", "1234567890", "abcdefghijk", "9876543210"]) {
      expect(isWeakPassword(weak), weak).toBe(true);
    }
  });
  it("accepts a long mixed password", () => {
    expect(isWeakPassword("coach-horse-battery-42")).toBe(false);
  });
});
