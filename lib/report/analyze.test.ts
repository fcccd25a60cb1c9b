import { describe, expect, it } from "vitest";
import { BUNDLED_SNAPSHOT_PATH, readSnapshotFile } from "../market/load";
import { pastedResume as resume } from "../resume/schema";
import { analyze } from "./analyze";
import { reportSchema } from "./schema";

const snapshot = readSnapshotFile(BUNDLED_SNAPSHOT_PATH);
const now = new Date("2026-06-30T00:00:00Z");

describe("analyze", () => {
  it("places a classic-ML resume in the no-AI tier, with the snapshot's figures and the moves up", () => {
    const report = analyze(resume("Experience\nTrained TensorFlow and PyTorch models for forecasting."), snapshot, { now });
    expect(reportSchema.parse(report)).toEqual(report);
    expect(report.tier).toMatchObject({ id: "no-ai", medianUsd: 77600, n: 77, placedBy: [] });
    expect(report.tier.caveat).toContain("small sample");
    expect(report.tier.next).toMatchObject({ id: "generative", medianUsd: 140000, n: 635 });
    expect(report.tier.movers.map((m) => m.id)).toEqual(["llms", "ai-agents", "generative-ai"]);
    expect(report.missing.slice(0, 4).map((gap) => gap.id)).toEqual(["llms", "ai-agents", "generative-ai", "rag"]);
  });

  it("places a generative-AI resume in the generative tier, naming the skills that placed it", () => {
    const report = analyze(resume("Built a RAG assistant on the OpenAI API."), snapshot, { now });
    expect(report.tier).toMatchObject({ id: "generative", medianUsd: 140000, n: 635, next: null, movers: [] });
    expect(report.tier.placedBy).toEqual(expect.arrayContaining(["rag", "openai", "llms", "generative-ai"]));
  });

  it("ranks gaps by posting share within each study group, each with its practice area", () => {
    const report = analyze(resume("Nothing relevant here at all, just prose about gardening."), snapshot, { now });
    expect(report.missing).toHaveLength(snapshot.skills.length);
    const groups = report.missing.map((gap) => gap.group);
    expect(groups).toEqual(
      [...groups].sort(
        (a, b) => ["study-first", "framework", "foundation"].indexOf(a) - ["study-first", "framework", "foundation"].indexOf(b),
      ),
    );
    for (const group of ["study-first", "framework", "foundation"]) {
      const shares = report.missing.filter((gap) => gap.group === group).map((gap) => gap.share);
      expect(shares).toEqual([...shares].sort((a, b) => b - a));
    }
    expect(report.missing.find((gap) => gap.id === "rag")?.practice).toEqual({ id: "rag-architecture", title: "RAG architecture" });
    expect(report.coverage).toEqual({ score: 0, topFound: 0, topTotal: 10 });
  });

  it("weights coverage by posting share", () => {
    const report = analyze(resume("Skills\nscikit-learn"), snapshot, { now });
    const total = snapshot.skills.reduce((sum, skill) => sum + skill.share, 0);
    expect(report.coverage.score).toBeCloseTo(0.589 / total, 3);
    expect(report.coverage.topFound).toBe(1);
  });
});
