import { describe, expect, it } from "vitest";
import { matchSkills } from "./match";

/** Shapes a review's probes and the dev corpus's errors found, each written here in new wording. */
const claimed = (text: string) =>
  matchSkills(text)
    .skills.map((skill) => skill.id)
    .sort();
const aspired = (text: string) =>
  matchSkills(text)
    .aspirations.map((aspiration) => aspiration.id)
    .sort();

describe("a criterion someone screens for, quoted as a predicate without its subject", () => {
  it("claims nothing of the author, also when the quotation closes on the wrapped line", () => {
    expect(claimed('Experience\n• Drafted interview guides: what "has fine-tuned LLMs for support" should mean on a call.')).toEqual([]);
    expect(
      claimed('Experience\n• Calibrated panels on what "has shipped LangGraph agents with\n  human review" looks like in a portfolio.'),
    ).toEqual([]);
    expect(claimed("Erfahrung\n• Leitfäden geschrieben: was „hat PyTorch-Training verteilt betrieben“ im Gespräch heißt.")).toEqual([]);
    expect(claimed('Experiencia\n• Definí con los líderes qué significa "ha desplegado modelos de PyTorch" en una entrevista.')).toEqual(
      [],
    );
  });
  it("still reads a quotation that names its subject, or the author's own work beside it", () => {
    expect(claimed('Experience\n• Built the RAG bot "Ask HR" with LangChain.')).toContain("rag");
  });
});

describe("a unit named by the skill it works on, with one more word of its name", () => {
  it("reads 'the ML platform team' as a team the author worked with, not machine learning", () => {
    expect(claimed("Experience\n- Set comp bands with the ML platform team's directors.")).toEqual([]);
    expect(claimed("Experience\n- Organised offsites for the machine learning research group.")).toEqual([]);
  });
  it("keeps a list joined by 'and' before a product", () => {
    expect(claimed("Experience\n- Integrated our assistant with the OpenAI and Teams APIs in Python.")).toContain("openai");
  });
});

describe("another group's passive ends where the author's own doing starts", () => {
  it("claims what the author added after a comma, with 'I' or 'myself'", () => {
    const retrieval = "Experience\n- Built an LLM help-desk answer service over our manuals with GPT-4.\n";
    expect(claimed(`${retrieval}- Looked after a bot developed by the agency, adding hybrid search myself.`)).toContain("rag");
    expect(claimed("Experience\n- Ran a portal designed by the agency, wiring in a RAG pipeline with LangChain.")).toContain("langchain");
    expect(claimed("Experience\n- Took over a chatbot created by the contractors, I then added LangChain agents.")).toContain("langchain");
    expect(claimed("Experiencia\n- Mantuve un portal desarrollado por el proveedor, integrando un pipeline RAG con LangChain.")).toContain(
      "langchain",
    );
  });
  it("keeps the group's thing theirs when nothing of the author's follows, or a participle only describes it", () => {
    expect(aspired("Experience\n- Ran dashboards for a chatbot created by the contractors, including its LangChain agents.")).toContain(
      "langchain",
    );
    expect(claimed("Experience\n- Supported a RAG chatbot on LangChain, which was built by the vendor team.")).toEqual([]);
  });
});

describe("a passive of making read by its shape, in any inflection and in German at the clause's end", () => {
  it("sets apart a German verb-final passive and an adjectival participle with another group as agent", () => {
    expect(claimed("Erfahrung\n- Der RAG-Chatbot mit LangChain wurde vom Dienstleister entwickelt.")).toEqual([]);
    expect(claimed("Erfahrung\n- Betreuung eines Chatbots mit LangChain, der vom Dienstleister gebaut wurde.")).toEqual([]);
    expect(claimed("Erfahrung\n- Ein vom Dienstleister entwickeltes Modell mit PyTorch betreut.")).toEqual([]);
  });
  it("sets apart French and Spanish participles in the plural and feminine", () => {
    expect(claimed("Expérience\n- Support d'applications LangChain développées par le prestataire.")).toEqual([]);
    expect(claimed("Experiencia\n- Mantenimiento de redes de PyTorch entrenadas por el equipo de datos.")).toEqual([]);
  });
  it("keeps the author's work that another group only uses, and the author's own part after the German passive", () => {
    expect(claimed("Experience\n- Built a RAG assistant with LangChain used by the sales team.")).toContain("langchain");
    expect(claimed("Erfahrung\n- PyTorch-Modelle trainiert, die vom Vertriebsteam genutzt werden.")).toContain("deep-learning");
    expect(
      claimed("Erfahrung\n- Das Portal wurde vom Dienstleister entwickelt, die RAG-Suche mit LangChain habe ich selbst gebaut."),
    ).toContain("langchain");
  });
});

describe("a heading of work under way: current work unless nothing under it reads as work", () => {
  it("keeps the author's work under 'In progress' when its lines are in the past tense or the first person", () => {
    expect(
      claimed(
        "Jane Doe\n\nIN PROGRESS\n- Building a RAG helper over our manuals with LangChain; I wrote its retrieval layer.\n\nEDUCATION\nBSc",
      ),
    ).toContain("langchain");
    expect(claimed("Ana Ruiz\n\nEN CURSO\n- Entrené un clasificador con PyTorch para el equipo de ventas.\n\nFORMACIÓN\nGrado")).toContain(
      "deep-learning",
    );
    expect(claimed("Léa Martin\n\nEN COURS\n- Je développe un agent LangGraph pour le support.\n\nFORMATION\nMaster")).toContain(
      "langgraph",
    );
  });
  it("reads it as plans when split with a plans part, or when its lines name no work", () => {
    expect(
      claimed("Jane Doe\n\nNEXT STEPS / IN PROGRESS\n- Shipped nothing yet; a LangGraph router for the ops desk\n\nEDUCATION\nBSc"),
    ).toEqual([]);
    expect(claimed("Jane Doe\n\nIN PROGRESS\n- A LangGraph router for the ops desk\n\nEDUCATION\nBSc")).toEqual([]);
    expect(claimed("Jan Berg\n\nIN ARBEIT\n- LangGraph-Agent für den Support (für 2027)\n\nAUSBILDUNG\nMaster")).toEqual([]);
  });
});

describe("a Spanish or French article before a model family's name", () => {
  const anchor = "Experiencia\n- Serví modelos con vLLM en Kubernetes.\n";
  it("reads 'la Llama de Meta' as the model, and the verb after a clitic as the verb", () => {
    const llama = (text: string) =>
      matchSkills(text)
        .skills.find((skill) => skill.id === "llms")
        ?.evidence.map((line) => line.text) ?? [];
    expect(llama(`${anchor}- Ajusté la Llama de Meta para un chatbot en Python.`).join(" ")).toContain("Llama de Meta");
    expect(llama(`${anchor}- Le chatbot en Python: j'ai adapté le Llama de Meta.`).join(" ")).toContain("Llama de Meta");
    expect(llama(`${anchor}- El chatbot en Python lo llama a diario.`).join(" ")).not.toContain("lo llama");
    expect(llama(`${anchor}- El asistente en Python se llama Nube.`).join(" ")).not.toContain("se llama");
  });
});
