import { describe, expect, it } from "vitest";
import { HEADINGS, headingKind, headingPrefixTest } from "./sections";

describe("headings", () => {
  it("recognises every heading of the list however it is written: the prefix filter never turns one away", () => {
    const missed: string[] = [];
    for (const [kind, headings] of Object.entries(HEADINGS)) {
      for (const heading of headings) {
        const title = heading.replace(/(^|\s)\p{Ll}/gu, (letter) => letter.toUpperCase());
        for (const line of [heading, heading.toUpperCase(), title, `${title}:`, `  ${title} :`]) {
          if (headingKind(line) !== kind) missed.push(`${kind}: ${JSON.stringify(line)}`);
        }
      }
    }
    expect(missed).toEqual([]);
  });

  it("passes a heading shorter than the prefix to the full test rather than rejecting it", () => {
    const mayBe = headingPrefixTest(["ai", "experience"]);
    for (const line of ["AI", "AI:", "ai :", "Ai：", "EXPERIENCE", "Experience:"]) expect(mayBe(line, 0), line).toBe(true);
    for (const line of ["Python, SQL", "Built RAG apps", "Education"]) expect(mayBe(line, 0), line).toBe(false);
  });

  it("reads a sentence or a list as content, not as a heading", () => {
    expect(headingKind("Skills: Python, SQL")).toBeNull();
    expect(headingKind("Built the experience layer for a chat product")).toBeNull();
    expect(headingKind("")).toBeNull();
  });
});
