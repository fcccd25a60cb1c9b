import { describe, expect, it } from "vitest";
import { matchSkills } from "./match";

const ids = (text: string) =>
  matchSkills(text)
    .skills.map((skill) => skill.id)
    .sort();

/** A developer's resume around one line: the unambiguous vocabulary an ambiguous form needs beside it. */
const developer = (line: string) => `Skills: Python, SQL, Docker, Kubernetes, AWS\nExperience\n- ${line}\n- Wrote the REST API in Python`;

describe("sense: an ambiguous form counts only with unambiguous corroboration", () => {
  it("does not read a project manager's red/amber/green status as retrieval", () => {
    expect(ids("Project Manager\n- Owned weekly RAG status reports for 14 workstreams\n- Chaired the RAG review with sponsors")).toEqual(
      [],
    );
    expect(ids(developer("Kept RAG ratings green across the portfolio"))).toEqual([]);
  });

  it("does not read the coaching method, the data protection officer or likelihood estimation as AI", () => {
    expect(ids("Certified NLP Practitioner and life coach\nWorked with the DPO on consent forms\nTaught MLE in the stats module")).toEqual(
      [],
    );
  });

  it("finds the same forms in a resume that builds software", () => {
    expect(ids(developer("Trained NLP classifiers on support tickets with scikit-learn"))).toContain("machine-learning");
    expect(ids(developer("Built a RAG service over the policy wiki"))).toContain("rag");
  });

  it("reads agents, Claude and Gemini in a resume with no software vocabulary as their everyday senses", () => {
    expect(ids("Field Sales Manager\n- Managed a network of 30 field agents with new planning tools\n- Won the Gemini account")).toEqual(
      [],
    );
    expect(ids("Office Manager\n- Used ChatGPT and Claude to draft emails and meeting notes")).toEqual([]);
  });

  it("takes a chat product as an office tool, not as the platform, even in a technical resume", () => {
    expect(ids(developer("Used ChatGPT to draft release emails and meeting notes"))).not.toContain("openai");
    expect(ids(developer("Integrated ChatGPT into the support backend through its API"))).toContain("openai");
  });

  it("keeps software agents that something unambiguous corroborates", () => {
    expect(ids(developer("Built agents with LangGraph that call our APIs"))).toContain("ai-agents");
  });
});
