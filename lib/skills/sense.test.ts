import { describe, expect, it } from "vitest";
import { matchSkills } from "./match";

const ids = (text: string) =>
  matchSkills(text)
    .skills.map((skill) => skill.id)
    .sort();

/** A developer's resume around one line: the unambiguous vocabulary an ambiguous form needs beside it. */
const developer = (line: string) => `Skills: Python, SQL, Docker, Kubernetes, AWS\nExperience\n- ${line}\n- Wrote the REST API in Python`;

describe("sense: an ambiguous form counts only with unambiguous corroboration", () => {
  it("does not read a project manager's red/amber/green status as retrieval", () => {
    expect(ids("Project Manager\n- Owned weekly RAG status reports for 14 workstreams\n- Chaired the RAG review with sponsors")).toEqual(
      [],
    );
    expect(ids(developer("Kept RAG ratings green across the portfolio"))).toEqual([]);
  });

  it("does not read the coaching method, the data protection officer or likelihood estimation as AI", () => {
    expect(ids("Certified NLP Practitioner and life coach\nWorked with the DPO on consent forms\nTaught MLE in the stats module")).toEqual(
      [],
    );
  });

  it("finds the same forms in a resume that builds software", () => {
    expect(ids(developer("Trained NLP classifiers on support tickets with scikit-learn"))).toContain("machine-learning");
    expect(ids(developer("Built a RAG service over the policy wiki"))).toContain("rag");
  });

  it("reads agents, Claude and Gemini in a resume with no software vocabulary as their everyday senses", () => {
    expect(ids("Field Sales Manager\n- Managed a network of 30 field agents with new planning tools\n- Won the Gemini account")).toEqual(
      [],
    );
    expect(ids("Office Manager\n- Used ChatGPT and Claude to draft emails and meeting notes")).toEqual([]);
  });

  it("takes a chat product as an office tool, not as the platform, even in a technical resume", () => {
    expect(ids(developer("Used ChatGPT to draft release emails and meeting notes"))).not.toContain("openai");
    expect(ids(developer("Integrated ChatGPT into the support backend through its API"))).toContain("openai");
  });

  it("keeps software agents that something unambiguous corroborates", () => {
    expect(ids(developer("Built agents with LangGraph that call our APIs"))).toContain("ai-agents");
  });
});

describe("sense: words a law firm, a sales team or a document pipeline writes", () => {
  it("reads 'LLM in … Law' as the Master of Laws, and an LLM beside other words as a model", () => {
    expect(ids("Education\nLLM in European Competition Law, University of Leeds, 2019")).toEqual([]);
    expect(ids("Formation\nLLM (Droit des affaires), Université de Lyon")).toEqual([]);
    expect(ids("Experience\n- Fine-tuned an LLM in PyTorch to flag risky clauses in lease agreements.")).toContain("llms");
  });
  it("reads the party a legal action is brought against as an organisation, and a benchmark against a model as use", () => {
    expect(ids("Experience\n- Acted for a publisher in a copyright claim against a generative AI developer.")).toEqual([]);
    expect(ids("Experience\n- Benchmarked our classifier against a GPT-4 baseline in Python.")).toContain("llms");
  });
  it("reads a product positioned or pitched in a sale as the employer's", () => {
    expect(ids("Experience\n- Pitched our “LLM copilot” add-on to four hospital groups against two rivals.")).toEqual([]);
    expect(ids("Experience\n- Built LLM agents in Python and pitched them to the board.")).toContain("ai-agents");
  });
  it("reads function calling that returns a JSON schema as the API's output format, and calling tools for a task as an agent", () => {
    expect(
      ids("Experience\n- Built an invoice reader on the Gemini API with function calling that returns a strict JSON schema."),
    ).not.toContain("ai-agents");
    expect(ids("Experience\n- Built the help-desk bot on the OpenAI API with function calling for ticket lookups.")).toContain("ai-agents");
  });
  it("reads a model watched in production and retrained as MLOps, and a sensor's drift as none", () => {
    expect(
      ids(
        "Experience\n- Trained a churn classifier with scikit-learn in Python.\n- Watched its drift on a weekly dashboard and retrained it when recall fell.",
      ),
    ).toContain("mlops");
    expect(
      ids(
        "Experience\n- Trained a churn classifier with scikit-learn.\n- Calibrated vibration sensors and monitored their drift each quarter.",
      ),
    ).not.toContain("mlops");
  });
});

describe("sense: French and Spanish words around a model's name", () => {
  it("reads a model family named beside 'modèle' or 'modelo' as a model", () => {
    expect(ids(developer("Un modèle Mistral servi en interne rédige les réponses du support, via une API."))).toContain("llms");
    expect(ids(developer("Un modelo Llama desplegado en nuestra nube responde a los clientes por una API."))).toContain("llms");
  });
  it("reads a neural model, in four languages, as neural-network work", () => {
    expect(ids("Experience\n- Fine-tuned a neural model for speech tagging on a rented GPU, in Python.")).toContain("deep-learning");
    expect(ids("Experiencia\n- Ajusté un modelo neuronal de traducción en una GPU alquilada.")).toContain("deep-learning");
    expect(ids("Expérience\n- Entraîné un réseau neuronal de détection de défauts sur GPU.")).toContain("deep-learning");
    expect(ids("Erfahrung\n- Ein neuronales Netz zur Fehlererkennung auf einer GPU trainiert.")).toContain("deep-learning");
  });
  it("never reads the French 'j'ai' as AI beside an ambiguous form", () => {
    expect(ids("Expérience\n- Formation d'agents immobiliers à la négociation ; j'ai rédigé les supports.")).toEqual([]);
    expect(ids("Expérience\n- J'ai construit des agents IA avec LangGraph en Python.")).toContain("ai-agents");
  });
});

describe("sense: a model family named like a person", () => {
  it("reads 'Gemma' followed by a surname as a colleague, and beside model words as the model", () => {
    expect(ids(developer("Paired with Gemma Okoro on the checkout API."))).not.toContain("llms");
    expect(ids(developer("Served Gemma behind vLLM for the support bot."))).toContain("llms");
    expect(ids(developer("Project: Fine-Tuning Gemma For Legal Search with LoRA and PyTorch."))).toContain("llms");
    expect(ids(developer("Talk: Serving Gemma With Ollama On Kubernetes."))).toContain("llms");
  });
});

describe("career and making verbs beside a selling verb", () => {
  const onBullet = (bullet: string) =>
    matchSkills(`Jane Doe\njane@example.com\n\nExperience\n- ${bullet}\n`)
      .skills.filter((skill) => skill.usage !== "implied")
      .map((skill) => skill.id)
      .sort();
  it("reads 'promoted to' as a career step and a coordinated verb of making as the author's work", () => {
    expect(onBullet("Promoted to tech lead of our RAG platform built on LangChain.")).toContain("rag");
    expect(onBullet("Pitched, designed and shipped our GPT-4 support assistant.")).toContain("openai");
    expect(onBullet("Marketed and developed our GPT-4o triage bot.")).toContain("openai");
  });
});

describe("'claims against' without an organisation after the mention", () => {
  it("is a check run against a model, not a lawsuit", () => {
    expect(ids("Experience\n- Validated expense claims against an LLM-based policy checker I built.")).toContain("llms");
    expect(ids("Experience\n- Matched insurance claims against an LLM scoring service in Python.")).toContain("llms");
    expect(ids("Experience\n- Filed a claim against an LLM vendor for breach of contract.")).toEqual([]);
  });
});

describe("structured outputs beside an agent's tool calls", () => {
  it("keep the agent: only a verb of returning makes the schema the API's output format", () => {
    expect(
      ids("Experience\n- Built a support agent with function calling and structured outputs for order lookups in LangChain."),
    ).toContain("ai-agents");
    expect(ids("Experience\n- Implemented tool use with JSON schema arguments so the agent can query Postgres and Jira.")).toContain(
      "ai-agents",
    );
    expect(ids("Experience\n- Wired function calling with a JSON schema per tool so our triage agent files Jira tickets.")).toContain(
      "ai-agents",
    );
  });
});

describe("an LLM deployed in legal work", () => {
  it("is the model unless a field of law heads the phrase after the link", () => {
    for (const bullet of [
      "Built an LLM in Python for contract law review.",
      "Deployed an LLM in our law firm to summarise case files.",
      "Déploiement d'un LLM en cabinet de droit des affaires.",
      "Integré un LLM en el despacho de derecho mercantil.",
      "Fine-tuned an LLM (for law firm clients) with LoRA.",
      "Rolled out an LLM in two employment law practices.",
    ])
      expect(ids(`Experience\n- ${bullet}`)).toContain("llms");
    expect(ids("Education\n- LLM in International Tax Law, Leiden University")).not.toContain("llms");
    expect(ids("Education\n- LLM en droit des affaires, Université Paris 1")).not.toContain("llms");
  });
});

describe("'modèle', 'modelo' and 'Modell' away from the mention", () => {
  it("give no technical context to an ambiguous name elsewhere on the line", () => {
    for (const bullet of [
      "Mise à jour du modèle de facturation avec Claude.",
      "Refonte du modèle de facturation validée par Claude.",
      "Das Modell für die Schichtplanung habe ich mit Claude abgestimmt.",
      "Diseñé el modelo de negocio con Gemma.",
      "Revisé el modelo de precios junto a Claude.",
    ])
      expect(ids(`Experience\n- ${bullet}`)).toEqual([]);
  });
});

/** A resume whose named mentions already show LLM work, around one more bullet: what a paraphrase needs. */
const llmWork = (bullet: string) => `Experience\n- Built a help-desk assistant on GPT-4o through the OpenAI API.\n- ${bullet}`;
const without = (text: string, skill: string) => expect(matchSkills(text).skills.map((s) => s.id)).not.toContain(skill);
const shows = (text: string, skill: string) => expect(matchSkills(text).skills.map((s) => s.id)).toContain(skill);

describe("paraphrase: batch 11 shapes of genAI work said without its names", () => {
  it("reads the model's instructions measured change by change against a graded set as prompt engineering", () => {
    for (const bullet of [
      "Reworked the instructions sent on each call, and every change was scored against 200 graded replies.",
      "Las instrucciones viven en Git y cada cambio se mide con 80 respuestas calificadas.",
      "Les consignes sont versionnées : chaque modification passe un jeu de 120 réponses annotées.",
      "Die Anweisungen pflege ich selbst; jede Änderung läuft gegen 90 bewertete Antworten.",
    ])
      shows(llmWork(bullet), "prompt-engineering");
    // A procedure's instructions, revised and even graded, name no change measured; nor does a document without LLM work.
    without(llmWork("Rewrote the instructions for the night shift and graded the trainees' first week."), "prompt-engineering");
    without(llmWork("Escribí las instrucciones de seguridad del taller y califiqué a los aprendices."), "prompt-engineering");
    without(
      "Experience\n- Kept the assembly instructions in version control; each change was checked against 40 graded samples.",
      "prompt-engineering",
    );
  });

  it("reads instructions rewritten for the model as prompt engineering, in French, Spanish and German too", () => {
    shows(llmWork("J'ai réécrit les consignes du modèle pour qu'il cite toujours sa source."), "prompt-engineering");
    shows(llmWork("Reescribí las instrucciones del modelo para que conteste en castellano llano."), "prompt-engineering");
    shows(llmWork("Die Anweisungen an das Modell habe ich zweimal umgeschrieben."), "prompt-engineering");
    without(llmWork("J'ai réécrit les consignes d'évacuation du bâtiment."), "prompt-engineering");
  });

  it("reads the nearest passages handed to a model that answers as RAG", () => {
    shows(llmWork("Pour chaque demande, les extraits les plus proches partent avec elle au modèle, qui rédige la réponse."), "rag");
    shows(llmWork("Los párrafos más parecidos se envían al modelo junto con la pregunta para generar la respuesta."), "rag");
    // Nearest passages with no model answering from them are search.
    without(llmWork("Les extraits les plus proches de la requête sont affichés au lecteur."), "rag");
  });

  it("reads a model calling functions and choosing its next step as an agent", () => {
    shows(llmWork("The model can call four internal functions and decides the next step until the ticket is closed."), "ai-agents");
    shows(llmWork("El modelo llama a dos funciones internas y decide el siguiente paso hasta cerrar el pedido."), "ai-agents");
    // A workflow engine that decides the next step is no model's choice.
    without(llmWork("The system decides the next step of the workflow and calls the billing functions."), "ai-agents");
    without(llmWork("Wrote the instructions for the night shift and the next steps of each handover."), "ai-agents");
  });

  it("reads a vector store named by its tool after the noun of a store", () => {
    shows(llmWork("Les fiches sont indexées dans une base Chroma."), "vector-databases");
    shows(llmWork("Guardamos los textos en una base de datos Chroma."), "vector-databases");
    // The colour term of a photographer's or a printer's trade.
    without("Experience\n- Adjusted hue and chroma on every print for the gallery.", "vector-databases");
  });
});
