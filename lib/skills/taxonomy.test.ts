import { describe, expect, it } from "vitest";
import { isFunctionWord, isWord } from "../resume/ligatures";
import { compileTaxonomy, defaultTaxonomy } from "./compile";
import { matchSkills } from "./match";
import { TAXONOMY } from "./taxonomy";

const ids = (text: string) => matchSkills(`Skills\n${text}`).skills.map((skill) => skill.id);

describe("taxonomy as data", () => {
  it("keeps the snapshot's sixteen ids, each skill once, with every broader skill defined", () => {
    const known = new Set(TAXONOMY.map((skill) => skill.id));
    expect(known.size).toBe(TAXONOMY.length);
    for (const id of [
      "machine-learning",
      "llms",
      "ai-agents",
      "generative-ai",
      "rag",
      "prompt-engineering",
      "deep-learning",
      "vector-databases",
      "langchain",
      "mlops",
      "openai",
      "langgraph",
      "anthropic",
      "multi-agent-frameworks",
      "hugging-face",
      "gemini",
    ]) {
      expect(known, id).toContain(id);
    }
    for (const skill of TAXONOMY) for (const broader of skill.broader) expect(known, `${skill.id} → ${broader}`).toContain(broader);
  });

  it("closes under docs/labeling.md rule 5", () => {
    const closure = defaultTaxonomy().broaderClosure;
    expect(closure.get("langgraph")).toEqual(expect.arrayContaining(["ai-agents", "llms", "generative-ai"]));
    expect(closure.get("hugging-face")).toEqual(["machine-learning"]);
    expect(closure.get("rag")).toEqual(expect.arrayContaining(["llms", "generative-ai"]));
  });

  it("compiles once per process", () => {
    expect(defaultTaxonomy()).toBe(defaultTaxonomy());
  });

  it("makes an added alias match with one edit", () => {
    const taxonomy = compileTaxonomy([
      ...TAXONOMY.filter((s) => s.id !== "langchain"),
      { ...TAXONOMY.find((s) => s.id === "langchain")!, forms: ["langchain", "chainy mcchainface"] },
    ]);
    expect(matchSkills("Built on Chainy McChainface", taxonomy).skills.map((s) => s.id)).toContain("langchain");
  });
});

describe("rule 4: every tool family implies its category", () => {
  it.each([
    ["deep-learning", ["PyTorch", "TensorFlow", "Keras", "JAX", "CNNs", "RNN", "neural networks"]],
    ["machine-learning", ["scikit-learn", "XGBoost", "predictive modelling", "machine learning"]],
    [
      "vector-databases",
      [
        "Pinecone",
        "Weaviate",
        "Milvus",
        "Qdrant",
        "Chroma",
        "FAISS",
        "pgvector",
        "LanceDB",
        "vector store",
        "vector index",
        "vector database",
      ],
    ],
    [
      "mlops",
      [
        "MLflow",
        "Kubeflow",
        "SageMaker Pipelines",
        "Vertex AI Pipelines",
        "model registry",
        "model monitoring",
        "feature store",
        "model CI/CD",
      ],
    ],
    ["openai", ["GPT-4", "ChatGPT API", "OpenAI API", "GPT-4o", "o1", "o3-mini"]],
    ["anthropic", ["Claude API", "Anthropic SDK", "Claude Code", "Claude 3.5 Sonnet", "Claude 4 Opus", "Claude Haiku"]],
    ["gemini", ["Gemini API", "Gemini 1.5 Pro", "Gemini 2.0 Flash", "Gemini 2.5"]],
    ["hugging-face", ["Hugging Face Hub", "Transformers library", "Hugging Face Spaces"]],
    ["multi-agent-frameworks", ["CrewAI", "AutoGen"]],
    ["llms", ["Llama 3", "Mistral", "Mixtral", "Gemma", "Qwen", "DeepSeek", "Phi-3"]],
    ["ai-agents", ["tool calling", "function calling", "ReAct", "planner/executor", "AI agents"]],
    ["rag", ["retrieval-augmented generation", "hybrid search", "re-ranking", "chunking for retrieval", "RAG"]],
  ])("%s", (id, forms) => {
    for (const form of forms) expect(ids(`${form}, Python, SQL`), form).toContain(id);
  });

  it("matches spelling variants: plurals, hyphens, spaces, run-together forms, misspellings", () => {
    for (const form of [
      "vector databases",
      "vector-database",
      "vectordb",
      "multi-agent framework",
      "Lang Chain",
      "langchian",
      "Hugging-Face Hub",
      "huggingface hub",
      "scikit learn",
      "sklearn",
      "retreival augmented generation",
      "tensor flow",
      "GPT4o",
      "re-rankers",
    ]) {
      expect(ids(`${form}, Python, SQL`), form).not.toEqual([]);
    }
  });

  it("reads embeddings with a vector store as vector-database work", () => {
    expect(ids("Embeddings + vector store for semantic retrieval")).toContain("vector-databases");
  });
});

describe("taxonomy terms and the ligature repair", () => {
  it("knows every taxonomy word as a word, so the ligature repair and contact removal keep it", () => {
    const unknown = new Set<string>();
    for (const skill of TAXONOMY) {
      for (const form of [skill.name, ...skill.forms, ...skill.tools]) {
        const text = typeof form === "string" ? form : form.text;
        // The repair and the handle check look at ASCII words; an accented word is not theirs to keep, and a function
        // word ("des") is no technical name: the repair leaves text that reads as another language alone.
        for (const word of text.toLowerCase().split(/[^\p{L}]+/u)) {
          if (/^[a-z]{3,}$/.test(word) && !isWord(word) && !isFunctionWord(word)) unknown.add(word);
        }
      }
    }
    expect([...unknown]).toEqual([]);
  });
});
