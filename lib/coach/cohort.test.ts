import { describe, expect, it } from "vitest";
import { type CohortReport, summarizeCohort } from "./cohort";

const tier = { id: "generative", label: "Generative-AI skills required" };
function report(id: string, overrides: Partial<CohortReport> = {}): CohortReport {
  return {
    id,
    previousId: null,
    createdAt: new Date("2026-06-01"),
    coverage: 0.5,
    isLatest: true,
    label: id,
    tier,
    seniority: "mid",
    missing: [],
    ...overrides,
  };
}

describe("summarizeCohort", () => {
  const reports = [
    report("a1", { isLatest: false, coverage: 0.2, createdAt: new Date("2026-05-01"), missing: [{ id: "rag", name: "RAG", share: 0.3 }] }),
    report("a2", { previousId: "a1", coverage: 0.6, missing: [{ id: "mlops", name: "MLOps", share: 0.2 }] }),
    report("b", {
      seniority: "senior",
      missing: [
        { id: "mlops", name: "MLOps", share: 0.2 },
        { id: "rag", name: "RAG", share: 0.3 },
      ],
    }),
    report("c", {
      seniority: "entry",
      tier: { id: "no-ai", label: "No AI skills required" },
      missing: [{ id: "mlops", name: "MLOps", share: 0.2 }],
    }),
  ];
  const cohort = summarizeCohort(reports, { levels: ["entry", "mid", "senior", "staff"] });

  it("counts each client once, by the latest version", () => {
    expect(cohort.clients).toBe(3);
    expect(cohort.missing).toEqual([
      { id: "mlops", name: "MLOps", count: 3, share: 1 },
      { id: "rag", name: "RAG", count: 1, share: 1 / 3 },
    ]);
  });

  it("gives tier and level distributions, levels in their natural order", () => {
    expect(cohort.tiers.map((entry) => [entry.id, entry.count])).toEqual([
      ["generative", 2],
      ["no-ai", 1],
    ]);
    expect(cohort.levels.map((entry) => entry.id)).toEqual(["entry", "mid", "senior"]);
  });

  it("draws progress only for clients with several versions, oldest first", () => {
    expect(cohort.progress).toHaveLength(1);
    expect(cohort.progress[0]?.points.map((point) => point.coverage)).toEqual([0.2, 0.6]);
  });

  it("orders skills missing equally often by how often the market asks for them, not by name", () => {
    const tied = summarizeCohort(
      [
        report("x", {
          missing: [
            { id: "ai-agents", name: "AI agents", share: 0.25 },
            { id: "llms", name: "LLMs", share: 0.5 },
          ],
        }),
        report("y", {
          missing: [
            { id: "ai-agents", name: "AI agents", share: 0.25 },
            { id: "llms", name: "LLMs", share: 0.5 },
          ],
        }),
      ],
      { levels: [] },
    );
    expect(tied.missing.map((entry) => entry.id)).toEqual(["llms", "ai-agents"]);
  });

  it("handles a coach with no clients", () => {
    expect(summarizeCohort([], { levels: [] })).toEqual({ clients: 0, missing: [], tiers: [], levels: [], progress: [] });
  });
});
