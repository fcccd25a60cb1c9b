import { describe, expect, it } from "vitest";
import { extractPostingSkills, toPostingJson } from "./posting";

function levels(text: string) {
  const skills = extractPostingSkills(text);
  const of = (level: string) =>
    skills
      .filter((skill) => skill.level === level)
      .map((skill) => skill.id)
      .sort();
  return { required: of("required"), preferred: of("preferred") };
}

describe("extractPostingSkills", () => {
  it("takes 'is a plus' and 'nice to have' on a line as preferred, and 'you want to build agents' as an ask", () => {
    const text = [
      "Senior Generative AI Engineer",
      "- You have built RAG systems with LangChain.",
      "- Experience with Gemini on Vertex AI is a plus.",
      "- Multi-agent frameworks (CrewAI, AutoGen) are nice to have.",
      "- You want to build LLM agents that use tools safely.",
    ].join("\n");
    expect(levels(text)).toEqual({
      required: ["ai-agents", "generative-ai", "langchain", "llms", "rag"],
      preferred: ["gemini", "multi-agent-frameworks"],
    });
  });

  it("calls every skill required when the posting has no sections or cues", () => {
    expect(extractPostingSkills("We build RAG search on Pinecone.")).toEqual(
      expect.arrayContaining([
        { id: "rag", name: expect.any(String), level: "required", evidence: { text: "We build RAG search on Pinecone.", line: 0 } },
      ]),
    );
    expect(extractPostingSkills("We build RAG search on Pinecone.").every((skill) => skill.level === "required")).toBe(true);
  });

  it("prints DESIGN.md's --posting JSON shape", () => {
    const json = toPostingJson("p.txt", extractPostingSkills("Requirements\nLangChain\nNice to have\nLangGraph"));
    expect(json).toEqual({
      file: "p.txt",
      skills: expect.arrayContaining([
        { id: "langchain", name: "LangChain", level: "required", evidence: { text: "LangChain", line: 1 } },
        { id: "langgraph", name: "LangGraph", level: "preferred", evidence: { text: "LangGraph", line: 3 } },
      ]),
    });
  });
});
