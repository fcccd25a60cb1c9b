import { describe, expect, it } from "vitest";
import { evaluate, meetsTargets } from "./evaluate";

describe("evaluate", () => {
  const labels = [
    {
      file: "a",
      skills: ["rag", "llms"],
      optional: ["openai"],
      traps: [{ text: "Claude the person", not: ["anthropic"] }],
      seniority: "mid",
    },
    { file: "b", skills: ["machine-learning"], optional: [], traps: [{ text: "anything", not: ["*"] }], seniority: "senior" },
  ];

  it("counts per-skill and micro precision/recall; optional skills are neither hits nor errors", () => {
    const result = evaluate(labels, [
      { file: "a", skills: ["rag", "openai", "anthropic"], seniority: "mid" },
      { file: "b", skills: ["machine-learning", "deep-learning"], seniority: "mid" },
    ]);
    expect(result.micro).toMatchObject({ tp: 2, fp: 2, fn: 1 });
    expect(result.micro.precision).toBe(0.5);
    expect(result.micro.recall).toBeCloseTo(2 / 3);
    expect(result.micro.f1).toBeCloseTo((2 * 0.5 * (2 / 3)) / (0.5 + 2 / 3));
    expect(result.perSkill.find((s) => s.id === "llms")).toMatchObject({ tp: 0, fn: 1, recall: 0 });
    expect(result.trapFalsePositives).toEqual([
      { file: "a", trap: "Claude the person", skill: "anthropic" },
      { file: "b", trap: "anything", skill: "deep-learning" },
    ]);
    expect(result.seniority).toMatchObject({ correct: 1, total: 2, accuracy: 0.5 });
    expect(meetsTargets(result, true)).toBe(false);
  });

  it("meets the targets on a perfect prediction", () => {
    const result = evaluate(labels, [
      { file: "a", skills: ["rag", "llms"], seniority: "mid" },
      { file: "b", skills: ["machine-learning"], seniority: "senior" },
    ]);
    expect(result.micro.f1).toBe(1);
    expect(meetsTargets(result, true)).toBe(true);
  });
});
