import { describe, expect, it } from "vitest";
import { matchSkills } from "./match";

const ids = (text: string) =>
  matchSkills(text)
    .skills.map((skill) => skill.id)
    .sort();

describe("matchSkills", () => {
  it("finds skills with the line that evidences them, and the broader skills they imply", () => {
    const result = matchSkills("Experience\nBuilt a RAG pipeline over Pinecone with LangChain.");
    const rag = result.skills.find((skill) => skill.id === "rag");
    expect(rag?.evidence[0]).toMatchObject({ text: "Built a RAG pipeline over Pinecone with LangChain.", section: "experience" });
    expect(rag?.usage).toBe("used");
    const llms = result.skills.find((skill) => skill.id === "llms");
    expect(llms?.usage).toBe("implied");
    expect(llms?.impliedBy).toEqual(expect.arrayContaining(["rag", "langchain"]));
    expect(ids("Built a RAG pipeline over Pinecone with LangChain.")).toEqual([
      "generative-ai",
      "langchain",
      "llms",
      "rag",
      "vector-databases",
    ]);
  });

  it("maps tools to their category (docs/labeling.md rule 4) and closes under rule 5", () => {
    expect(ids("Trained models in PyTorch")).toEqual(["deep-learning", "machine-learning"]);
    expect(ids("Tracked experiments in MLflow")).toEqual(["machine-learning", "mlops"]);
    expect(ids("Orchestrated a crew of agents with CrewAI")).toEqual(
      expect.arrayContaining(["multi-agent-frameworks", "ai-agents", "llms", "generative-ai"]),
    );
  });

  it("tells a skills list from described work", () => {
    const result = matchSkills("Skills\nPython, PyTorch, SQL");
    expect(result.skills.find((skill) => skill.id === "deep-learning")?.usage).toBe("listed");
  });

  it("respects word boundaries and case: HTML is not ML, storage is not RAG, 5 ml is not ML", () => {
    expect(ids("HTML, XML and YAML; storage, leverage and fragment; add 5 ml of water")).toEqual([]);
  });

  it("does not take a person named Claude, or Claud, for Anthropic's model", () => {
    expect(ids("Reference: Claude Monet, painter")).toEqual([]);
    expect(ids("Claud D. Park")).toEqual([]);
    expect(ids("Built an assistant on the Claude API")).toContain("anthropic");
  });

  it("does not take an employer's name for a skill", () => {
    expect(ids("Machine Learning Engineer, OpenAI, San Francisco, USA")).toEqual(["machine-learning"]);
    expect(ids("Integrated the OpenAI API into our support tool")).toContain("openai");
  });

  it("keeps goals and negations apart as aspirations", () => {
    const result = matchSkills("Currently learning LangChain. No experience with RAG yet.");
    expect(result.skills).toEqual([]);
    expect(result.aspirations.map((a) => a.id).sort()).toEqual(["langchain", "rag"]);
  });

  it("does not take real-estate agents or agent-less software for AI agents", () => {
    expect(ids("Worked with real estate agents to close deals")).toEqual([]);
    expect(ids("Deployed an agent-less monitoring stack")).toEqual([]);
    expect(ids("Built autonomous LLM agents with tool calling")).toContain("ai-agents");
  });
});

describe("a group word does not hide the author's own work", () => {
  it("reads 'matriz' alone as a matrix, and only 'empresa matriz' as the group", () => {
    const text = "Experiencia\n- La matriz de confusión mostró que el modelo de PyTorch fallaba; reentrené la red con LangChain.";
    expect(ids(text)).toContain("deep-learning");
    expect(ids("Experiencia\n- La empresa matriz entrenaba modelos de PyTorch.")).not.toContain("deep-learning");
  });
  it("keeps what the author's possessive names after another group's verb", () => {
    expect(ids("Expérience\n- La filiale a adopté mon pipeline RAG avec LangChain, que j'ai conçu.")).toEqual(
      expect.arrayContaining(["rag", "langchain"]),
    );
    expect(ids("Experience\n- The platform team adopted my RAG pipeline built with LangChain.")).toContain("rag");
    expect(ids("Experience\n- My colleague built a RAG pipeline with LangChain.")).not.toContain("rag");
  });
});
