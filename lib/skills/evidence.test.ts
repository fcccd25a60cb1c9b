import { describe, expect, it } from "vitest";
import { matchSkills } from "./match";

const skill = (text: string, id: string) => matchSkills(text).skills.find((s) => s.id === id);

describe("evidence", () => {
  it("quotes the line and names the section it came from", () => {
    const text = [
      "Summary",
      "LLM engineer.",
      "Experience",
      "Built a RAG service.",
      "Projects",
      "A LangGraph agent.",
      "Education",
      "Thesis on CNNs trained in PyTorch.",
      "Skills",
      "Pinecone, Python, SQL",
    ].join("\n");
    expect(skill(text, "llms")?.evidence.find((e) => e.line === 1)).toMatchObject({ section: "summary", text: "LLM engineer." });
    expect(skill(text, "rag")?.evidence[0]).toEqual({ text: "Built a RAG service.", section: "experience", line: 3 });
    expect(skill(text, "langgraph")?.evidence[0]?.section).toBe("projects");
    expect(skill(text, "deep-learning")?.evidence[0]?.section).toBe("education");
    expect(skill(text, "vector-databases")?.evidence[0]?.section).toBe("skills");
  });

  it("tells a skill only listed from one used in described work", () => {
    const text = "Experience\nShipped agents on LangGraph with tool calling.\nSkills\nLangGraph, Pinecone, Python";
    expect(skill(text, "langgraph")?.usage).toBe("used");
    expect(skill(text, "vector-databases")?.usage).toBe("listed");
    expect(skill("Skills: Python, PyTorch, SQL", "deep-learning")?.usage).toBe("listed");
  });

  it("prefers work over list entries as evidence, at most three lines", () => {
    const text = "Skills\nPyTorch, SQL, Go\nExperience\nPyTorch models\nPyTorch training\nPyTorch serving\nPyTorch eval";
    const evidence = skill(text, "deep-learning")!.evidence;
    expect(evidence).toHaveLength(3);
    expect(evidence.every((e) => e.section === "experience")).toBe(true);
  });

  it("gives an implied skill the skills that imply it and their evidence", () => {
    const result = matchSkills("Experience\nBuilt agents with LangGraph and CrewAI.");
    const agents = result.skills.find((s) => s.id === "ai-agents")!;
    expect(agents.usage).toBe("used");
    expect(agents.impliedBy).toEqual(expect.arrayContaining(["langgraph", "multi-agent-frameworks"]));
    const llms = result.skills.find((s) => s.id === "llms")!;
    expect(llms.usage).toBe("implied");
    expect(llms.impliedBy).toEqual(expect.arrayContaining(["langgraph", "multi-agent-frameworks"]));
    expect(llms.evidence[0]?.text).toBe("Built agents with LangGraph and CrewAI.");
  });

  it("removes contact details from quoted lines and trims long lines to a readable snippet", () => {
    const quoted = skill("Jane Roe · jane@example.com · +1 415 555 0100 · PyTorch and RAG", "rag")!.evidence[0]!.text;
    expect(quoted).not.toContain("jane@example.com");
    expect(quoted).not.toContain("555 0100");
    const long = `${"word ".repeat(80)}built a RAG pipeline ${"more ".repeat(80)}`;
    const snippet = skill(long, "rag")!.evidence[0]!.text;
    expect(snippet.length).toBeLessThanOrEqual(184);
    expect(snippet).toContain("RAG");
    expect(snippet.startsWith("…")).toBe(true);
  });

  it.each(["jane (at) example (dot) com", "jane at example dot com", "12 Baker Street, London", "GitHub: janedoe", "janedoe.tech"])(
    "quotes no contact detail of any form the scan knows: %s",
    (detail) => {
      const quoted = skill(`Built a RAG service with LangChain; ${detail}`, "rag")!.evidence[0]!.text;
      expect(quoted).toContain("[removed]");
      expect(quoted).not.toContain(detail);
    },
  );

  it("records the surface forms matched", () => {
    expect(skill("Experience\nBuilt on Lang-Chain and LangSmith", "langchain")?.matched).toEqual(["Lang-Chain", "LangSmith"]);
  });
});
