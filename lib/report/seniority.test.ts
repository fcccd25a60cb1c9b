import { describe, expect, it } from "vitest";
import { estimateSeniority } from "./seniority";

const now = new Date("2026-06-30T00:00:00Z");

describe("estimateSeniority", () => {
  it("reads the level from the most recent title", () => {
    expect(estimateSeniority("Experience\nStaff Machine Learning Engineer, Acme, 2022 - Present", now).level).toBe("staff");
    expect(estimateSeniority("Experience\nSenior Software Engineer, Acme, 2024 - Present", now).level).toBe("senior");
    expect(estimateSeniority("Experience\nSoftware Engineering Intern, Acme, Jun 2025 - Aug 2025", now).level).toBe("entry");
  });

  it("counts years of work from date ranges, merging overlaps and leaving education out", () => {
    const text = [
      "Experience",
      "Software Engineer, A, Jan 2018 - Dec 2021",
      "Consultant, B, Jan 2020 - Dec 2022",
      "Education",
      "BSc Computer Science, 2010 - 2014",
    ].join("\n");
    const estimate = estimateSeniority(text, now);
    expect(estimate.years).toBe(5);
    expect(estimate.level).toBe("senior");
    expect(estimate.reason).toContain("5 years");
  });

  it("calls a resume with no dated work entry-level, and says why", () => {
    const estimate = estimateSeniority("Education\nBSc Data Science, 2022 - 2026", now);
    expect(estimate.level).toBe("entry");
    expect(estimate.reason).toMatch(/No job title with a level/);
  });
});
