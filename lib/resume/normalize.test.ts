import { describe, expect, it } from "vitest";
import { repairDroppedLigatures } from "./ligatures";
import { normalizeText } from "./normalize";

describe("normalizeText", () => {
  it("expands ligatures and straightens odd hyphens and quotes", () => {
    expect(normalizeText("ﬁne-tuned ﬂows, eﬀort\u2011free \u2018RAG\u2019 \u201Cagents\u201D")).toBe(
      `fine-tuned flows, effort-free 'RAG' "agents"`,
    );
  });

  it("joins words split by a soft hyphen at a line end and keeps other soft hyphens as hyphens", () => {
    expect(normalizeText("submis\u00AD\nsions on agent\u00ADless systems")).toBe("submissions on agent-less systems");
    expect(normalizeText("multi-\nagent systems")).toBe("multi-agent systems");
  });

  it("removes icon glyphs, control characters, page markers and leaked LaTeX macro names", () => {
    const raw = "\uF0E0 jane\u0012 doe\n-- 1 of 2 --\n\\faTrophy Fantastic Achievement\n\\faHeartbeat Sleep\n\u{F0101} done";
    expect(normalizeText(raw)).toBe("jane doe\n\nFantastic Achievement\nSleep\ndone");
  });

  it("keeps backslashes that are not macros", () => {
    expect(normalizeText(String.raw`Paths like C:\Users and \n escapes`)).toContain(String.raw`C:\Users`);
  });

  it("strips bullets and collapses white space", () => {
    expect(normalizeText("•   Built   RAG\u00A0pipelines\n➤ Shipped agents")).toBe("Built RAG pipelines\nShipped agents");
  });
});

describe("repairDroppedLigatures", () => {
  it.each([
    ["digital asset nancial technology", "digital asset financial technology"],
    ["GitHub StackOver ow", "GitHub StackOverflow"],
    ["entities, exempli ed by growth", "entities, exemplified by growth"],
    ["and in uence legislation", "and influence legislation"],
    ["AWS Certi ed Developer", "AWS Certified Developer"],
    ["Certi cations", "Certifications"],
    ["companies with lters,", "companies with filters,"],
  ])("repairs %j", (broken, repaired) => {
    expect(repairDroppedLigatures(broken)).toEqual({ text: repaired, repaired: 1 });
  });

  it.each([
    "Morbi volutpat feugiat mauris, quis tempor neque",
    "Built CI/CD pipelines on CircleCI with Terraform",
    "Nexus AI, Co-Founder & CTO at Acme",
    "LangGraph agents over pgvector and FAISS",
    "Jordan Doe, Zurich",
  ])("leaves correct text alone: %j", (text) => {
    expect(repairDroppedLigatures(text)).toEqual({ text, repaired: 0 });
  });

  it.each([
    "No esperamos que sepas Python; buscamos a alguien con ganas de aprender.",
    "Vous animerez les ateliers avec les équipes, et tes idées comptent.",
    "Wir suchen eine Person mit Erfahrung in der Datenanalyse und Freude am Lernen.",
  ])("leaves French, Spanish and German alone, whose words the English list does not know: %j", (text) => {
    expect(repairDroppedLigatures(text)).toEqual({ text, repaired: 0 });
  });
});
