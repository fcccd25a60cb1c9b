import { describe, expect, it } from "vitest";
import { DEFAULT_NEXT, safeNext } from "./safe-next";

const ORIGIN = "http://localhost:3000";

describe("safeNext", () => {
  it("follows paths on this origin", () => {
    expect(safeNext("/coach/reports/abc?versions=all#notes", ORIGIN)).toBe("/coach/reports/abc?versions=all#notes");
    expect(safeNext("/coach/cohort", ORIGIN)).toBe("/coach/cohort");
    expect(safeNext(`${ORIGIN}/coach/account`, ORIGIN)).toBe("/coach/account");
  });

  it.each([
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r\n/evil.example/path",
    "//evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    " //evil.example",
    "https://evil.example/coach",
    "http://localhost:3001/coach",
    "javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "http://localhost:3000@evil.example/",
  ])("refuses %j, which a browser would resolve off this origin", (next) => {
    expect(safeNext(next, ORIGIN)).toBe(DEFAULT_NEXT);
  });

  it("falls back when there is no next", () => {
    expect(safeNext(undefined, ORIGIN)).toBe(DEFAULT_NEXT);
    expect(safeNext("", ORIGIN)).toBe(DEFAULT_NEXT);
  });
});
