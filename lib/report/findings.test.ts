import { describe, expect, it } from "vitest";
import { readabilityFindings } from "./findings";
import type { Readability } from "../resume/schema";

const base: Readability = {
  source: "pdf",
  method: "text-layer",
  pages: 1,
  columns: 1,
  unreadableChars: 0,
  ligaturesRepaired: 0,
  contactDetailsRemoved: { emails: 1, phones: 1, urls: 0, addresses: 0 },
};

describe("readabilityFindings", () => {
  it("passes a clean one-column text PDF with standard sections", () => {
    const findings = readabilityFindings(base, ["summary", "experience", "education", "skills"]);
    expect(findings.map((finding) => [finding.id, finding.status])).toEqual([
      ["text", "good"],
      ["columns", "good"],
      ["sections", "good"],
      ["characters", "good"],
      ["contacts", "good"],
    ]);
    for (const finding of findings) expect(finding.advice).toMatch(/\S/);
  });

  it("flags OCR, columns, missing sections, unreadable characters and absent contact details, each with advice", () => {
    const findings = readabilityFindings(
      {
        ...base,
        method: "ocr",
        columns: 2,
        unreadableChars: 5,
        ligaturesRepaired: 3,
        contactDetailsRemoved: { emails: 0, phones: 0, urls: 2, addresses: 0 },
      },
      ["experience"],
    );
    const byId = Object.fromEntries(findings.map((finding) => [finding.id, finding]));
    expect(byId.text).toMatchObject({ title: "Read by OCR", status: "check" });
    expect(byId.columns).toMatchObject({ title: "2 columns detected", status: "check" });
    expect(byId.sections).toMatchObject({ title: "Missing: Education, Skills", status: "check" });
    expect(byId.characters!.detail).toContain("5 icon or symbol characters carried no text; 3 words had");
    expect(byId.contacts).toMatchObject({ status: "check" });
    expect(byId.contacts!.detail).toContain("2 profile links");
  });
});
