import { describe, expect, it } from "vitest";
import { BUNDLED_SNAPSHOT_PATH, readSnapshotFile } from "../market/load";
import { pastedResume as resume } from "../resume/schema";
import { analyze } from "./analyze";
import { chartRowsOf } from "./chart";
import { reportInputsSchema } from "./inputs";
import { reportSchema } from "./schema";

const snapshot = readSnapshotFile(BUNDLED_SNAPSHOT_PATH);
const now = new Date("2026-06-30T00:00:00Z");

describe("target market", () => {
  it("copies the snapshot's figures for the chosen industry and country", () => {
    const report = analyze(resume("Skills\nPyTorch"), snapshot, { now, target: { industry: "fintech", country: "US" } });
    expect(report.market?.industry).toEqual({
      id: "fintech",
      name: "Fintech",
      inSnapshot: true,
      aiAdoptionShare: 0.951,
      shareOfPostings: null,
      postings: 184,
      aiPostings: 175,
    });
    expect(report.market?.country).toMatchObject({ id: "US", shareOfPostings: 0.333, postings: 1382, aiAdoptionShare: 0.823 });
  });

  it("leaves a figure null when the snapshot has none, and the market out when none was chosen", () => {
    const report = analyze(resume("Skills\nPyTorch"), snapshot, { now, target: { country: "DE" } });
    expect(report.market).toEqual({
      industry: null,
      country: {
        id: "DE",
        name: "Germany",
        inSnapshot: true,
        aiAdoptionShare: null,
        shareOfPostings: 0.048,
        postings: null,
        aiPostings: null,
      },
    });
    expect(analyze(resume("Skills\nPyTorch"), snapshot, { now }).market).toBeNull();
  });
});

describe("progress", () => {
  it("names skills gained and lost, coverage before and after, and the tier change", () => {
    const first = analyze(resume("Experience\nTrained PyTorch models for forecasting."), snapshot, { now });
    const second = analyze(resume("Experience\nBuilt a RAG assistant on the OpenAI API."), snapshot, {
      now,
      previous: { id: "previous-id", report: first },
    });
    expect(reportSchema.parse(second)).toEqual(second);
    const progress = second.progress!;
    expect(progress.previousId).toBe("previous-id");
    expect(progress.sameSnapshot).toBe(true);
    expect(progress.gained.map((skill) => skill.id)).toEqual(expect.arrayContaining(["rag", "openai", "llms", "generative-ai"]));
    expect(progress.lost.map((skill) => skill.id)).toEqual(expect.arrayContaining(["deep-learning", "machine-learning"]));
    expect(progress.coverageBefore).toBe(first.coverage.score);
    expect(progress.coverageAfter).toBe(second.coverage.score);
    expect(progress.tierBefore).toMatchObject({ id: "no-ai", label: "No AI skills required", medianUsd: 77600, n: 77 });
    expect(progress.tierBefore.caveat).toContain("small sample");
    expect(progress.tierAfter).toEqual({
      id: "generative",
      label: "Generative-AI skills required",
      medianUsd: 140000,
      n: 635,
      caveat: null,
    });
  });
});

describe("job posting", () => {
  it("lists the posting's skills, lacking ones first, each marked shown or not with its market share", () => {
    const posting =
      "We are hiring an AI Engineer. You will build RAG systems with LangChain and evaluate LLMs. PyTorch experience is required.";
    const report = analyze(resume("Experience\nTrained PyTorch models for forecasting."), snapshot, { now, postingText: posting });
    const skills = report.posting!.skills;
    const rag = skills.find((skill) => skill.id === "rag");
    expect(rag).toMatchObject({ shown: false, share: 0.396, practice: { id: "rag-architecture", title: "RAG architecture" } });
    expect(skills.find((skill) => skill.id === "deep-learning")).toMatchObject({ shown: true });
    const firstShown = skills.findIndex((skill) => skill.shown);
    expect(skills.slice(firstShown).every((skill) => skill.shown)).toBe(true);
  });
});

describe("chart rows", () => {
  it("has every snapshot skill once, by share, with found ones marked", () => {
    const report = analyze(resume("Experience\nBuilt a RAG assistant on the OpenAI API."), snapshot, { now });
    const rows = chartRowsOf(report);
    expect(rows.map((row) => row.id).sort()).toEqual(snapshot.skills.map((skill) => skill.id).sort());
    expect(rows.map((row) => row.share)).toEqual([...rows.map((row) => row.share)].sort((a, b) => b - a));
    expect(rows.find((row) => row.id === "rag")?.shown).toBe(true);
    expect(rows.find((row) => row.id === "mlops")?.shown).toBe(false);
  });
});

describe("report inputs", () => {
  it("accepts blank optional fields and known markets, and refuses unknown ones", () => {
    expect(reportInputsSchema.parse({ industry: "", country: "", previousId: "", posting: "  " })).toEqual({});
    expect(reportInputsSchema.parse({ industry: "fintech", country: "DE" })).toEqual({ industry: "fintech", country: "DE" });
    expect(reportInputsSchema.safeParse({ industry: "mining" }).success).toBe(false);
    expect(reportInputsSchema.safeParse({ previousId: "../etc" }).success).toBe(false);
    expect(reportInputsSchema.safeParse({ posting: "too short" }).success).toBe(false);
  });
});
