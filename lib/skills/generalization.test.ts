import { describe, expect, it } from "vitest";
import { matchSkills } from "./match";
import { extractPostingSkills } from "./posting";

/** Shapes found on resumes and postings written by a writer who never read the matcher, each in new wording. */
const ids = (text: string) =>
  matchSkills(text)
    .skills.map((skill) => skill.id)
    .sort();
const asked = (text: string) =>
  Object.fromEntries(
    extractPostingSkills(text)
      .map((skill) => [skill.id, skill.level])
      .sort(),
  );

describe("scope: someone else's work, however the subject is named", () => {
  it("sets apart work whose subject is the author's manager or a number of other people", () => {
    expect(ids("Experience\n- My supervisor and three data scientists trained the LLM ranking service; I ran its dashboards.")).toEqual([]);
    expect(ids("Experience\n• Two platform engineers fine-tuned the language models; I wrote the test plans.")).toEqual([]);
  });
  it("keeps work the author shares with them", () => {
    expect(ids("Experience\n- My manager and I built a RAG pipeline in Python with LangChain.")).toContain("rag");
  });
  it("sets apart a named group's thing the author only feeds, but not a bare 'the group's' the author set up", () => {
    expect(ids("Experience\n- Wrote Spark jobs that load the analytics team's MLflow registry every night.")).not.toContain("mlops");
    expect(ids("Experience\n- I set up the group's MLflow registry and its alerts.")).toContain("mlops");
  });
  it("sets apart a thing another group owns, named by its possessive", () => {
    expect(ids("Experience\n- Designed the admin pages for the research team's retrieval-augmented chatbot in React.")).toEqual([]);
  });
});

describe("scope: a status after a quoted title", () => {
  it("reads 'Workshop “LLM agents in practice” — registered, begins next spring' as not yet taken", () => {
    const match = matchSkills("Training\nWorkshop “LLM agents in practice” — registered, begins next spring");
    expect(match.skills).toEqual([]);
    expect(match.aspirations.map((a) => a.id)).toContain("ai-agents");
  });
});

describe("sense: names that are organisations or tools of another field", () => {
  it("reads a name glued to a domain suffix as an organisation", () => {
    expect(ids("Education\nStatistics short course by DeepLearning.AI, audited")).not.toContain("deep-learning");
  });
  it("reads re-ranking in a recommender as classic retrieval, and beside generation as RAG", () => {
    expect(
      ids("Experience\n- Candidate generation with two-tower Python models, re-ranking with XGBoost for the shop feed."),
    ).not.toContain("rag");
    expect(ids("Experience\n- Added re-ranking before the LLM writes grounded answers over our wiki, in Python.")).toContain("rag");
  });
  it("takes prompts typed into a chat product to draft text as office use", () => {
    expect(ids("Experience\n- I type prompts into ChatGPT to get a first draft of the weekly memo, then edit it.")).toEqual([]);
  });
  it("takes the model's instructions as prompt engineering, named without the word 'prompt'", () => {
    expect(
      ids("Experience\n- Kept the few-shot examples for our GPT-4o classifier under version control, with evals in Python."),
    ).toContain("prompt-engineering");
    expect(ids("Expérience\n- Rédaction des consignes système de l'assistant Mistral, tests en Python.")).toContain("prompt-engineering");
  });
  it("takes diffusion models as generative AI", () => {
    expect(ids("Experience\n- Trained latent diffusion models for product photos in PyTorch on 64 GPUs.")).toContain("generative-ai");
  });
});

describe("postings: parts by heading, named or not", () => {
  it("ends the company part at a heading no list names, and takes a hedged heading as preferred", () => {
    const text = [
      "Machine Learning Engineer",
      "",
      "About Quillmark",
      "Quillmark ships autonomous AI agents for law firms.",
      "",
      "How you will spend your days",
      "- Build retrieval-augmented generation over case files in Python.",
      "",
      "Things we would be delighted to see",
      "- LangGraph in production.",
    ].join("\n");
    expect(asked(text)).toMatchObject({ rag: "required", langgraph: "preferred" });
    expect(asked(text)["ai-agents"]).toBe("preferred");
  });
  it("reads the company named after 'Über' as the company", () => {
    const text = [
      "Data Analyst",
      "",
      "Über Brennwerk",
      "Wir bauen KI-Agenten auf Basis großer Sprachmodelle.",
      "",
      "Deine Aufgaben",
      "- SQL-Berichte",
    ].join("\n");
    expect(asked(text)).toEqual({});
  });
  it("reads a negated ask as not asked, list and all, in English and Spanish", () => {
    expect(asked("Account Manager\n\nRequirements\n- We do not expect Python skills or any machine learning background.")).toEqual({});
    expect(asked("Gestor de cuentas\n\nRequisitos\n- No pedimos que sepas programar ni que conozcas el aprendizaje automático.")).toEqual(
      {},
    );
  });
  it("reads a wrapped sentence whole: its 'you' on the line above, its bullet's continuation as the bullet", () => {
    const prose = [
      "Platform Engineer",
      "",
      "Our support desk runs on spreadsheets today and you will turn it into a service that calls the",
      "OpenAI API for triage.",
    ].join("\n");
    expect(asked(prose)).toMatchObject({ openai: "required" });
    const bullets = [
      "Platform Engineer",
      "",
      "What the work looks like",
      "- Build the search layer and ground its",
      "  answers with retrieval-augmented generation.",
    ].join("\n");
    expect(asked(bullets)).toMatchObject({ rag: "required" });
  });
  it("reads a negated verb over a list of verb phrases", () => {
    const text = [
      "Web Developer",
      "",
      "Scope",
      "You will not be tuning prompts, picking vendors or maintaining the LangChain services.",
    ].join("\n");
    expect(asked(text)).toEqual({});
  });
});
