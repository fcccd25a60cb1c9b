import { describe, expect, it } from "vitest";
import { matchSkills } from "./match";
import { prepareText } from "./normalize";

const ids = (text: string) => matchSkills(text).skills.map((skill) => skill.id);

describe("normalization before matching", () => {
  it("applies NFKC and unfolds ligatures U+FB00–FB06 without changing the line count", () => {
    const text = "ﬁne-tuning\nworkﬂow\nＬａｎｇＣｈａｉｎ\nﬀ ﬃ ﬄ ﬅ ﬆ";
    const prepared = prepareText(text);
    expect(prepared).toBe("fine-tuning\nworkflow\nLangChain\nff ffi ffl st st");
    expect(prepared.split("\n")).toHaveLength(4);
    expect(ids("Experience\nＬａｎｇＣｈａｉｎ agents")).toContain("langchain");
  });

  it("treats U+2010 and U+2011 as hyphens", () => {
    expect(ids("Built multi\u2010agent systems with CrewAI")).toContain("multi-agent-frameworks");
    expect(ids("Retrieval\u2011augmented generation over PDFs")).toContain("rag");
  });

  it("joins a word split by a soft hyphen or a line-end hyphen only when the joined word is a known term", () => {
    expect(ids("Built on Lang\u00ADChain")).toContain("langchain");
    expect(ids("Trained models in Py-\nTorch")).toContain("deep-learning");
    expect(ids("Built with Lang-\nChain and Claude\nCode")).toEqual(expect.arrayContaining(["langchain", "anthropic"]));
    // "agent­less" joined is not a term: it stays two words, and "agent" followed by "less" is no AI agent.
    expect(ids("Lead engineer on agent\u00ADless backtracking")).toEqual([]);
  });

  it("keeps evidence line numbers those of the caller's text, and quotes a wrapped term as one line", () => {
    const result = matchSkills("Summary\nA Py-\nTorch user");
    const evidence = result.skills.find((skill) => skill.id === "deep-learning")!.evidence[0]!;
    expect(evidence.line).toBe(1);
    expect(evidence.text).toBe("A PyTorch user");
  });

  it("folds white space and bullets", () => {
    expect(ids("•\u00A0Built\u2003RAG\tsearch")).toContain("rag");
    expect(matchSkills("Experience\n• ● Built a RAG pipeline").skills[0]!.evidence[0]!.text).toBe("Built a RAG pipeline");
  });

  it("is case-sensitive where the short form is ambiguous", () => {
    expect(ids("rag rug; ml of water; Ai")).toEqual([]);
    expect(ids("Skills: RAG, ML")).toEqual(expect.arrayContaining(["rag", "machine-learning"]));
    expect(ids("React and Redux front end")).toEqual([]);
  });

  it("tolerates German and Spanish resumes that use English terms", () => {
    expect(ids("Berufserfahrung\nEntwicklung eines RAG-Systems mit LangChain und pgvector")).toEqual(
      expect.arrayContaining(["rag", "langchain", "vector-databases"]),
    );
    expect(ids("Experiencia\nDesarrollo de agentes de IA con LangGraph; bases de datos vectoriales")).toEqual(
      expect.arrayContaining(["ai-agents", "langgraph", "vector-databases"]),
    );
  });
});
