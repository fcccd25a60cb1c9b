import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_CORPUS } from "./corpus-files";
import { extractPostingSkills, toPostingJson } from "./posting";

const posting = (file: string) => readFileSync(path.join(REPO_CORPUS, "postings", file), "utf8");

function levels(text: string) {
  const skills = extractPostingSkills(text);
  const of = (level: string) =>
    skills
      .filter((skill) => skill.level === level)
      .map((skill) => skill.id)
      .sort();
  return { required: of("required"), preferred: of("preferred") };
}

describe("extractPostingSkills (postings written for the project)", () => {
  it("splits an agent-platform posting by its Requirements and Nice to have sections, ignoring About us and perks", () => {
    expect(levels(posting("01-ai-engineer-agents.txt"))).toEqual({
      required: ["ai-agents", "anthropic", "generative-ai", "langgraph", "llms", "openai", "rag", "vector-databases"],
      preferred: ["hugging-face", "machine-learning", "mlops", "multi-agent-frameworks"],
    });
  });

  it("reads a classic ML posting with a Preferred qualifications section", () => {
    expect(levels(posting("02-ml-engineer-classic.txt"))).toEqual({
      required: ["machine-learning", "mlops"],
      preferred: ["deep-learning"],
    });
  });

  it("takes 'is a plus' and 'nice to have' on a line as preferred, and 'you want to build agents' as an ask", () => {
    expect(levels(posting("03-genai-inline-levels.txt"))).toEqual({
      required: ["ai-agents", "generative-ai", "langchain", "llms", "prompt-engineering", "rag"],
      preferred: ["gemini", "multi-agent-frameworks"],
    });
  });

  it("reads a German posting (Deine Aufgaben, Dein Profil, Wünschenswert)", () => {
    expect(levels(posting("04-de-stellenanzeige.txt"))).toEqual({
      required: ["deep-learning", "generative-ai", "langchain", "llms", "machine-learning", "openai", "rag", "vector-databases"],
      preferred: ["ai-agents", "langgraph", "multi-agent-frameworks"],
    });
  });

  it("calls every skill required when the posting has no sections or cues", () => {
    expect(extractPostingSkills("We build RAG search on Pinecone.")).toEqual(
      expect.arrayContaining([{ id: "rag", name: expect.any(String), level: "required" }]),
    );
    expect(extractPostingSkills("We build RAG search on Pinecone.").every((skill) => skill.level === "required")).toBe(true);
  });

  it("prints DESIGN.md's --posting JSON shape", () => {
    const json = toPostingJson("p.txt", extractPostingSkills("Requirements\nLangChain\nNice to have\nLangGraph"));
    expect(json).toEqual({
      file: "p.txt",
      skills: expect.arrayContaining([
        { id: "langchain", name: "LangChain", level: "required" },
        { id: "langgraph", name: "LangGraph", level: "preferred" },
      ]),
    });
  });
});
