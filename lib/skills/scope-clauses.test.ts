import { describe, expect, it } from "vitest";
import { goalLines } from "./aspiration";
import { matchSkills } from "./match";

/** Issue 10 point 2: goals, negations and others' work scoped by the clause's shape (aspiration.ts, scope-rules.ts). */
const claimed = (text: string) =>
  matchSkills(text)
    .skills.filter((skill) => skill.usage !== "implied")
    .map((skill) => skill.id)
    .sort();

describe("a heading or label that makes its section or line plans", () => {
  it("reads a plans heading split at a slash, with a parenthesis, or put as a negated or wished free relative", () => {
    expect(claimed("EDUCATION\nBSc\n\nPLANS / IN PROGRESS\n- a LangGraph planner for the ops desk\n\nAWARDS\nNone")).toEqual([]);
    expect(claimed("NÄCHSTE SCHRITTE (was ich 2027 lernen will)\n1. LangChain für kleine Agenten")).toEqual([]);
    expect(claimed("COSAS QUE TODAVÍA NO HE HECHO\n- Ajustar modelos con PyTorch")).toEqual([]);
    expect(claimed("What I would like to try next:\n- RAG over the wiki with LangChain")).toEqual([]);
  });
  it("reads a plans label as governing its own line only", () => {
    expect(claimed("SKILLS\nPas encore : LangChain\n\nPython, PyTorch, TensorFlow")).toEqual(["deep-learning"]);
    expect(claimed("KENNTNISSE\n- Noch nicht: PyTorch-Training auf GPUs")).toEqual([]);
  });
  it("keeps work under a heading that only names work, and prose that opens like a heading", () => {
    expect(claimed("WHAT I BUILT\nA RAG chatbot with LangChain.")).toEqual(["langchain", "rag"]);
    expect(claimed("PROJECTS\nBuilt a RAG chatbot over our manuals with LangChain.")).toEqual(["langchain", "rag"]);
    expect(claimed("Experience\nWhat I want to learn next is LangChain, after shipping RAG with PyTorch.")).toEqual([]);
  });
  it("finds no goals lines in a text without a goals heading or label", () => {
    expect(goalLines(["EXPERIENCE", "LLM stack: OpenAI API, pgvector"], () => false)).toBeNull();
  });
});

describe("a clause whose subject is someone else", () => {
  it("reads a relative clause after an outsider relation to a group as the group's work, in four languages", () => {
    expect(claimed("Experience\nLiaised with the client's data architects, who trained PyTorch models for it.")).toEqual([]);
    expect(claimed("Experience\nTrabajo junto al grupo de visión, que entrenaba modelos con PyTorch.")).toEqual([]);
    expect(claimed("Expérience\nTravail avec l'équipe data, qui entraînait des modèles PyTorch.")).toEqual([]);
    expect(claimed("Erfahrung\nZusammenarbeit mit dem Vision-Team, das PyTorch-Modelle trainierte.")).toEqual([]);
  });
  it("reads a passive whose agent is another group, before or after the mention", () => {
    expect(claimed("Experience\nThe churn model was developed by the analytics team with PyTorch.")).toEqual([]);
    expect(claimed("Experiencia\nEl clasificador fue desarrollado por el equipo de datos con PyTorch.")).toEqual([]);
    expect(claimed("Expérience\nUn assistant LangChain a été développé par le prestataire retenu.")).toEqual([]);
    expect(claimed("Experience\nThe scoring models belonged to the risk analytics team; I consumed the scores.")).toEqual([]);
  });
  it("reads a fronted object taken up by a clitic, its subject another group", () => {
    expect(claimed("Resumen\nAntes, los modelos de PyTorch los entrenaba otro equipo.")).toEqual([]);
  });
  it("reads a criterion people were screened on as theirs", () => {
    expect(claimed('Experience\nInterviewed candidates on "PyTorch experience" for the lab.')).toEqual([]);
  });
  it("keeps the author's own work beside a group", () => {
    expect(claimed("Experience\nI built a LangChain pipeline; the team adopted it.")).toEqual(["langchain"]);
    expect(claimed("Experience\nThe model was trained by me with PyTorch.")).toEqual(["deep-learning"]);
    expect(claimed("Experiencia\nLos modelos de PyTorch los entrené yo.")).toEqual(["deep-learning"]);
    expect(claimed("Experience\nBuilt a screening tool with LangChain that ranks candidates.")).toEqual(["langchain"]);
  });
});

describe("a negation carried across coordination, or put after the mention", () => {
  it("reads ni, nor and weder … noch as negating each item", () => {
    expect(claimed("Experiencia\nNo he usado PyTorch ni con modelos de lenguaje grandes.")).toEqual([]);
    expect(claimed("Expérience\nJe n'ai touché ni LangChain ni PyTorch.")).toEqual([]);
    expect(claimed("Erfahrung\nBisher weder LangChain noch PyTorch.")).toEqual([]);
  });
  it("reads a trailing or parenthetical negation of use", () => {
    expect(claimed("Skills\nLangChain agents — no real use yet")).toEqual([]);
    expect(claimed("Kenntnisse\nEinarbeitung in PyTorch (bisher nur gelesen, nicht eingesetzt)")).toEqual([]);
  });
  it("keeps 'not only … but'", () => {
    expect(claimed("Experience\nNot only PyTorch but also LangChain in production.")).toEqual(["deep-learning", "langchain"]);
  });
});

describe("a German wish or plan put after what it governs", () => {
  it("reads a modal and 'ich' after the fronted mention, the infinitive at the end, as a goal", () => {
    expect(claimed("Weiterbildung\nThemen wie LangChain und RAG möchte ich im Kurs erst kennenlernen.")).toEqual([]);
    expect(claimed("Kenntnisse\nPyTorch möchte ich 2027 gründlich lernen.")).toEqual([]);
  });
  it("keeps a fronted mention of the author's past, and a wish in a clause of its own", () => {
    expect(claimed("Kenntnisse\nPyTorch habe ich drei Jahre lang eingesetzt.")).toEqual(["deep-learning"]);
    expect(claimed("Kenntnisse\nPyTorch setze ich seit 2021 ein, und ich möchte tiefer einsteigen.")).toEqual(["deep-learning"]);
  });
});

describe("a list label whose value negates it, past an abbreviation's full stop", () => {
  it("reads 'o. Ä.: keine' and 'u. Ä.: keine' as negating every item of the label", () => {
    expect(claimed("Kenntnisse\n- PyTorch, LangChain u. Ä.: keine, ich baue Möbel.")).toEqual([]);
    expect(claimed("Sonstiges\n- RAG-Systeme o. ä.: bislang keine")).toEqual([]);
  });
  it("keeps a list whose label's value is not negated", () => {
    expect(claimed("Kenntnisse\n- PyTorch, TensorFlow o. Ä.: drei Jahre im Einsatz")).toEqual(["deep-learning"]);
  });
});

describe("a name given in jest", () => {
  it("reads a skill's name in a joke as no claim, the joke before or after it", () => {
    expect(claimed("Experience\n- Wrote cold-call scripts, our RAG pipeline as the team jokingly called it.")).toEqual([]);
    expect(claimed("Erfahrung\n- Kundenkartei gepflegt, scherzhaft „unser Vektordatenbank-Projekt“ genannt.")).toEqual([]);
  });
  it("keeps work on a joke generator, 'joke' a noun", () => {
    expect(claimed("Projects\n- Built a joke generator with LangChain and the OpenAI API.")).toEqual(["langchain", "openai"]);
  });
});

describe("a German disclaimer, its pronoun before the negator and its participle at the end", () => {
  it("reads 'ich habe ihn/sie nicht … eingesetzt' after the mention as no use", () => {
    expect(claimed("Kenntnisse\n- LangChain: im Team vorgestellt bekommen, ich habe es aber nie selbst verwendet.")).toEqual([]);
    expect(claimed("Kenntnisse\n- PyTorch: liegt auf dem Laborrechner — sie habe ich bisher nicht\n  produktiv genutzt.")).toEqual([]);
  });
  it("keeps a mention whose pronoun names something else that was not used", () => {
    expect(claimed("Kenntnisse\n- PyTorch seit 2021 im Einsatz; den alten Cluster habe ich nie genutzt.")).toEqual(["deep-learning"]);
  });
});
