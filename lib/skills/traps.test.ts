import { describe, expect, it } from "vitest";
import { matchSkills } from "./match";

/** docs/labeling.md rule 3: words count only in their technical sense. One test per case the rule names. */
const ids = (text: string) =>
  matchSkills(text)
    .skills.map((skill) => skill.id)
    .sort();

describe("rule 3: Claude only as Anthropic's model", () => {
  it("ignores people named Claude or Claud", () => {
    expect(ids("Claude Moreau\nBackend Developer")).toEqual([]);
    expect(ids("References\nClaude Lefèvre, CTO, Rivage")).toEqual([]);
    expect(ids("Claud D. Park · Curriculum Vitae")).toEqual([]);
    expect(ids("Worked under Dr. Claude on the data pipeline")).toEqual([]);
  });
  it("finds the model and its tools", () => {
    expect(ids("Built a review bot with Claude 3.5 Sonnet")).toContain("anthropic");
    expect(ids("Daily use of Claude Code for refactoring")).toContain("anthropic");
    expect(ids("Compared Claude with GPT-4o on our eval set")).toContain("anthropic");
  });
  it("does not take a poem for a Claude model", () => {
    expect(ids("Published a haiku and a sonnet in the school magazine")).toEqual([]);
  });
});

describe("rule 3: Gemini only as Google's model", () => {
  it("ignores the exchange, the star sign and a person", () => {
    expect(ids("Tracked crypto positions on the Gemini exchange")).toEqual([]);
    expect(ids("Star sign: Gemini")).toEqual([]);
    expect(ids("Gemini Rodriguez, office manager")).toEqual([]);
  });
  it("finds the model", () => {
    expect(ids("Summaries generated with Gemini 1.5 Pro")).toContain("gemini");
    expect(ids("Prompted Gemini 2.5 Flash through the API for tagging")).toContain("gemini");
  });
});

describe("rule 3: agents only as software agents built on models", () => {
  it.each([
    "Coached a team of 12 real estate agents",
    "Managed 40 customer service agents in the call center",
    "Booked flights with travel agents for the sales team",
    "Licensed insurance agent since 2015",
    "Rolled out agent-less configuration management with Ansible",
    "Replaced the old monitoring agents with Prometheus exporters",
    "Support Agent, Flyhigh Airlines",
  ])("ignores %s", (text) => {
    expect(ids(text)).toEqual([]);
  });
  it("finds LLM agents, even beside human ones", () => {
    expect(ids("Built AI agents that help real estate agents draft listings")).toContain("ai-agents");
    expect(ids("Agents call our APIs through tool calling")).toContain("ai-agents");
    expect(ids("Designed a planner/executor loop for the assistant")).toContain("ai-agents");
  });
  it("does not take multi-agent reinforcement learning for LLM agents", () => {
    expect(ids("Multi-agent reinforcement learning for warehouse robots")).not.toContain("ai-agents");
  });
  it("does not take the agent of multi-agent RL for an LLM agent where the document speaks of models", () => {
    // Anchors elsewhere corroborate "agent" as a model's; the field named right after "multi-agent" still decides.
    const text = "Trained transformers in PyTorch.\nSome multi-agent simulation work for traffic lights.";
    expect(ids(text)).not.toContain("ai-agents");
    expect(ids(text)).toContain("deep-learning");
  });
});

describe("rule 3: RAG only as retrieval-augmented generation", () => {
  it("ignores RAG inside other words and other casings", () => {
    expect(ids("Rebuilt the storage layer; leverage caching for fragment reuse; drag-and-drop; a rag-tag team")).toEqual([]);
  });
  it("finds RAG", () => {
    expect(ids("Built a RAG pipeline over support tickets")).toContain("rag");
    expect(ids("Retrieval-augmented generation over contracts")).toContain("rag");
  });
});

describe("rule 3: ML never inside HTML, XML, YAML or as millilitres", () => {
  it("ignores substrings and quantities", () => {
    expect(ids("HTML5, XML sitemaps, YAML configs")).toEqual([]);
    expect(ids("Prepared 5 ml aliquots and 500 ML bottles; 50 mL tubes")).toEqual([]);
  });
  it("ignores the ML team someone worked beside", () => {
    expect(ids("Defined evals with the ML team; reported to the Machine Learning group")).toEqual([]);
  });
  it("finds ML as a word", () => {
    expect(ids("Skills: ML, SQL, Python")).toContain("machine-learning");
  });
});

describe("rule 3: transformers only as neural networks", () => {
  it("ignores power transformers and the films", () => {
    expect(ids("Specified power transformers (40 MVA) for two substations")).toEqual([]);
    expect(ids("Designed posters for the Transformers movie franchise")).toEqual([]);
  });
  it("finds the architecture and the library", () => {
    expect(ids("Fine-tuned transformer models for classification in PyTorch")).toContain("deep-learning");
    expect(ids("Used the Hugging Face Transformers library for NER")).toContain("hugging-face");
  });
});

describe("rule 3: vector only as embeddings", () => {
  it("ignores graphics and attack vectors", () => {
    expect(ids("Vector graphics and vector illustrations in Illustrator")).toEqual([]);
    expect(ids("Mapped attack vectors and closed the top threat vectors")).toEqual([]);
  });
  it("finds vector stores and embeddings kept in a store", () => {
    expect(ids("Stored embeddings in a vector store")).toContain("vector-databases");
    // An ambiguous form needs unambiguous vocabulary somewhere in the document: here, the resume's other lines.
    expect(ids("Python, SQL and Docker on AWS\nIndexed document embeddings for nearest neighbor search")).toContain("vector-databases");
    expect(ids("Indexed document embeddings for nearest neighbor search")).not.toContain("vector-databases");
    expect(ids("Trained word embeddings for a sentiment model")).not.toContain("vector-databases");
  });
});

describe("rule 3: prompt only as model prompting", () => {
  it("ignores prompt delivery and prompt responses", () => {
    expect(ids("Prompt delivery of refunds; prompt responses to complaints; prompting customers to renew")).toEqual([]);
  });
  it("finds prompt engineering", () => {
    expect(ids("Prompt engineering for tone and compliance")).toContain("prompt-engineering");
    expect(ids("Wrote system prompts and few-shot prompting examples for the LLM")).toContain("prompt-engineering");
  });
});

describe("rule 3: chain is not LangChain", () => {
  it("ignores supply chain, blockchain and Chainlink", () => {
    expect(ids("Secured the software supply chain; blockchain dApps; Chainlink oracles; cross-chain bridges")).toEqual([]);
  });
});

describe("rule 1: an employer's name is not a skill", () => {
  it("ignores OpenAI, Anthropic and Hugging Face as employers", () => {
    expect(ids("Senior Software Engineer, OpenAI, San Francisco")).toEqual([]);
    expect(ids("Site Reliability Engineer at Anthropic")).toEqual([]);
    expect(ids("Joined Hugging Face as an office manager")).toEqual([]);
  });
  it("ignores a product team someone worked on", () => {
    expect(ids("Software Engineer, Google Gemini team")).toEqual([]);
    expect(ids("Frontend work for the OpenAI team's billing pages")).toEqual([]);
  });
  it("finds their products when used", () => {
    expect(ids("Integrated the OpenAI API into the support tool")).toContain("openai");
    expect(ids("Desarrollo de agentes con la API de OpenAI")).toContain("openai");
    expect(ids("Built on the Anthropic SDK")).toContain("anthropic");
  });
});

describe("rule 2: goals and negations are aspirations, never skills", () => {
  it.each([
    ["Currently learning LangChain.", "langchain"],
    ["No experience with RAG yet.", "rag"],
    ["Interested in AI agents.", "ai-agents"],
    ["I want to build agents with LangGraph.", "langgraph"],
    ["Have not used Pinecone.", "vector-databases"],
    ["Vector databases: not yet", "vector-databases"],
    ["Lerne gerade LangGraph.", "langgraph"],
    ["Quiero aprender LangChain.", "langchain"],
    ["LangChain (learning)", "langchain"],
    ["Rule-based execution agents, no ML", "machine-learning"],
    ["Shipped without LangChain", "langchain"],
  ])("%s", (text, id) => {
    const result = matchSkills(text);
    expect(result.skills.map((skill) => skill.id)).not.toContain(id);
    expect(result.aspirations.map((a) => a.id)).toContain(id);
  });
  it("reads everything under a goals or interests heading as an aspiration", () => {
    const result = matchSkills("Experience\nBuilt RAG search.\nInterests\nAI agents, LangGraph, CrewAI\nSkills\nPinecone, SQL, Go");
    expect(result.skills.map((skill) => skill.id)).toEqual(expect.arrayContaining(["rag", "vector-databases"]));
    expect(result.skills.map((skill) => skill.id)).not.toContain("langgraph");
    expect(result.aspirations.map((a) => a.id)).toEqual(expect.arrayContaining(["ai-agents", "langgraph", "multi-agent-frameworks"]));
  });
  it("keeps a claimed skill when the same resume also mentions a goal", () => {
    const result = matchSkills("Built RAG search with LangChain.\nWant to learn LangGraph next.");
    expect(result.skills.map((skill) => skill.id)).toEqual(expect.arrayContaining(["rag", "langchain"]));
    expect(result.aspirations.map((a) => a.id)).toEqual(["langgraph"]);
  });
});
