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

describe("estimateSeniority on real resume shapes", () => {
  it("reads the most recent title, not an earlier junior one", () => {
    const text = "Experience\nData Analyst, A — 2024 - Present\nJunior Analyst, A — 2022 - 2024";
    expect(estimateSeniority(text, now)).toMatchObject({ level: "mid", title: "Data Analyst, A — 2024 - Present" });
  });

  it("reads principal and lead titles", () => {
    expect(estimateSeniority("Experience\nPrincipal ML Platform Engineer, F — 2020 - Present", now).level).toBe("staff");
    expect(estimateSeniority("Experience\nLead Software Engineer, S — 2021 - Present", now).level).toBe("senior");
  });

  it("counts titles and dates on separate lines, and German and Spanish date ranges", () => {
    const text = "Experience\nSoftware Engineer, A\nJan 2019 - Dec 2020\nBerufserfahrung\nEntwickler, B — 03/2021 - heute";
    expect(estimateSeniority(text, now).years).toBeCloseTo(7.5, 0);
    expect(estimateSeniority("Experiencia profesional\nIngeniera de IA, B — 03/2023 - actualidad", now).level).toBe("mid");
  });

  it("leaves jobs without a role word out when the resume has role entries", () => {
    const text = "Experience\nSoftware Engineer, X — Jan 2026 - Present\nBarista, Café — 2019 - 2025";
    expect(estimateSeniority(text, now)).toMatchObject({ level: "entry", years: 0.4 });
  });

  it("takes the headline when the experience section names no role", () => {
    const estimate = estimateSeniority("Bootcamp Graduate\nExperience\nBarista, Café — 2022 - 2025", now);
    expect(estimate.level).toBe("entry");
    expect(estimate.reason).toContain("Bootcamp Graduate");
  });

  it("reads a range left open by its preposition and ISO year-months, in four languages", () => {
    const at = new Date("2026-06-01");
    expect(estimateSeniority("Experience\nData Analyst, Kestrel Foods — since March 2023", at).years).toBeCloseTo(3.3, 0);
    expect(estimateSeniority("Expérience\nAnalyste, Ormeau — depuis 06/2022", at).level).toBe("mid");
    expect(estimateSeniority("Berufserfahrung\nEntwickler, Fjord GmbH — seit 2020", at).level).toBe("senior");
    expect(estimateSeniority("Experience\nNetwork Administrator | 2021-04 → today", at).level).toBe("senior");
    expect(
      estimateSeniority("Experience\nHelpdesk Technician | 2019-01 → 2019-07\nNetwork Administrator | 2025-02 → today", at).years,
    ).toBeCloseTo(2, 0);
  });

  it("does not take a bullet dash under a line ending in a year for the range's end", () => {
    const text =
      "Experience\nPlanner · Brisa Logística · desde 01/2021\n  – Ran the weekly routing review for 40 depots and kept every carrier file up to date.";
    expect(estimateSeniority(text, new Date("2026-06-01")).level).toBe("senior");
  });

  it("reads a month written with 'de' before its year, and a range left open at its line's end", () => {
    const at = new Date("2026-06-01");
    expect(estimateSeniority("Experiencia\nAnalista de riesgos, Banco Sur — desde septiembre de 2019", at).level).toBe("senior");
    expect(estimateSeniority("Experience\nSupport Engineer2024–\nKestrel Foods\n- Ran the on-call rota", at).years).toBeCloseTo(2.4, 0);
  });

  it("counts the jobs of other professions and languages as titled entries", () => {
    const text = "Expérience\nJuriste, Cabinet Orme (2016 – 2024)\nStagiaire, Étude Vasseur (2015 – 2016)";
    expect(estimateSeniority(text, new Date("2026-06-01")).level).toBe("senior");
  });

  it("takes a stated duration beside a range as the time worked", () => {
    const text = "Experience\nWeb Developer · Fjord Studio · 2018–2022 (freelance, 9 months in total)";
    expect(estimateSeniority(text, new Date("2026-06-01")).level).toBe("entry");
  });

  it("reads a range wrapped after its dash or written with 'desde … hasta' as the months between its dates", () => {
    const wrapped = estimateSeniority("Experience\nData Analyst, Acme, 01/2019 –\n03/2021", now);
    expect(wrapped.years).toBeGreaterThanOrEqual(2);
    expect(wrapped.years).toBeLessThan(2.5);
    const spanish = estimateSeniority("Experiencia\nAnalista de datos, Banco Sur, desde marzo de 2019 hasta septiembre de 2021", now);
    expect(spanish.years).toBeGreaterThanOrEqual(2.5);
    expect(spanish.years).toBeLessThan(3);
  });

  it("caps a range by a stated duration only when it is the total, not any months named beside it", () => {
    const leave = estimateSeniority("Experience\nSoftware Engineer, Acme, 2016–2022, incl. 6 months parental leave", now);
    expect(leave.level).toBe("senior");
    expect(leave.years).toBeGreaterThanOrEqual(6);
    expect(estimateSeniority("Experience\nSoftware Engineer, Acme, 2016–2022 (8 months)", now).level).toBe("entry");
  });
});
