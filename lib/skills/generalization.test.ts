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

describe("scope: a disclaimer after the mention takes back the claim", () => {
  it("reads a negated verb of doing that points back at the mention as someone else's work", () => {
    expect(
      ids("Experience\n- Sat in the design reviews of a Python RAG assistant for claims; I gave feedback but never built any of it."),
    ).toEqual([]);
    expect(ids("Experience\n- Screened candidates for LangChain roles in our AI group — I could not write it myself.")).toEqual([]);
  });
  it("keeps a claim followed by a negation that points at nothing it names", () => {
    expect(ids("Experience\n- Built a RAG service over our manuals in Python; it never went down in two years.")).toContain("rag");
  });
  it("reads a group subject as others' work when the author then states a narrower part of their own", () => {
    expect(ids("Experience\n- Our analytics group trains PyTorch forecasting models — I label the holiday calendars they use.")).toEqual(
      [],
    );
    expect(ids("Experience\n- Our team trained PyTorch models for churn in Python.")).toContain("deep-learning");
  });
  it("reads a group named with a post-modifier before its relative clause as others", () => {
    expect(
      ids("Experience\n- Worked beside the team at Northwind that trained the LLM ranking service, on its Python dashboards."),
    ).toEqual([]);
  });
});

describe("scope: a status as a label or after a titled course", () => {
  it("reads a status label before a course title as not yet taken", () => {
    expect(ids("Training\nRegistered: 'LangGraph for builders' workshop, March 2027")).toEqual([]);
    expect(ids("Weiterbildung\nGeplant: Seminar „Große Sprachmodelle in der Praxis“ (ab Mai 2027)")).toEqual([]);
  });
  it("reads a status after a title's provider or kind", () => {
    expect(ids('Courses\nCourse "Deep Learning Foundations" (edX), in progress')).toEqual([]);
    expect(ids("Formation\nUn atelier « Agents IA pour la finance » est prévu en mars.")).toEqual([]);
  });
  it("reads a German negation after a list the mention heads", () => {
    expect(ids("Kenntnisse\nMit PyTorch, LangChain oder Vektordatenbanken habe ich noch keine Erfahrung.")).toEqual([]);
  });
  it("does not read a cue word inside a compound as a goal", () => {
    expect(ids("Experience\n- Built the retirement-goal planner on the OpenAI API in Python.")).toContain("openai");
  });
});

describe("postings: the role's own disclaimer", () => {
  it("does not ask for what a sentence says the role has no part in", () => {
    expect(
      asked(
        "Analyst\n\nThe analytics group uses PyTorch for churn scoring, and the position does not touch that work.\n\nRequirements\n- SQL",
      ),
    ).toEqual({});
    expect(
      asked("Analista\n\nEl área de datos entrena modelos con PyTorch; este puesto no participa en esos proyectos.\n\nRequisitos\n- SQL"),
    ).toEqual({});
    expect(
      asked(
        "Engineer\n\nSeparately, the support org runs an assistant on LangChain — you will not be involved in it.\n\nRequirements\n- Go",
      ),
    ).toEqual({});
  });
  it("still asks for a skill beside a negation about something else", () => {
    expect(asked("Requirements\n- PyTorch; you should not be afraid of large datasets")).toEqual({
      "deep-learning": "required",
      "machine-learning": "required",
    });
  });
});

describe("sense: a form in another field's sense, an office tool in any section", () => {
  it("reads an n-gram language model as a count-based model, not an LLM", () => {
    expect(
      ids("Experience\n- Rescored speech lattices with a 4-gram language model built with SRILM, in C++ and Python on GPUs."),
    ).not.toContain("llms");
    expect(ids("Experience\n- Served a 7B language model with vLLM on our GPUs for the chat assistant, in Python.")).toContain("llms");
  });
  it("reads a chat product used for office work as an office tool, even in a sentence under a skills heading", () => {
    expect(ids("Competencias\nPython, SQL, Tableau\nUso ChatGPT de vez en cuando para traducir correos a clientes.")).toEqual([]);
  });
});

describe("scope: more shapes of others' work and negation", () => {
  it("reads a part handled by an outside provider as theirs", () => {
    expect(
      ids(
        "Expérience\n- Atelier « IA générative et conformité » pour les équipes : la démonstration technique était réalisée par une agence.",
      ),
    ).toEqual([]);
  });
  it("reads a negated nominalised verb ('pas d'entraînement de') as a negation", () => {
    expect(ids("Compétences\nPython, SQL ; pas d'entraînement de réseaux de neurones à ce jour.")).not.toContain("deep-learning");
  });
});

describe("postings: more negated asks and unnamed benefits", () => {
  it("reads 'not necessary' and 'no prerequisite' as not asked", () => {
    expect(asked("Requisitos\n- SQL avanzado.\n- No es necesaria experiencia previa con PyTorch.")).toEqual({});
    expect(asked("Anforderungen\n- SQL\n- Keine Voraussetzung: LangChain-Kenntnisse.")).toEqual({});
  });
  it("reads a line of leave and pay as benefits, and 'In return' as their heading", () => {
    expect(asked("Requirements\n- SQL\n\nIn return\nA learning stipend that covers a deep learning course.")).toEqual({});
    expect(asked("Requirements\n- SQL\n- 30 days' holiday, a pension and a course on LLMs of your choice.")).toEqual({});
  });
});

describe("postings: prose asks stated by their level", () => {
  const posting =
    "Data Engineer, Fleet Telemetry\n\nFleetwise runs telematics for 4,000 vans. Hands-on work with PyTorch is required. Familiarity with LangChain would be a plus, and we can teach it.\n";
  it("counts a sentence that states a level though it never says 'you', each at its own sentence's level", () => {
    expect(asked(posting)).toEqual({
      "deep-learning": "required",
      "generative-ai": "preferred",
      langchain: "preferred",
      llms: "preferred",
      "machine-learning": "required",
    });
  });
});

describe("sense: skills shown by what was done, without their names", () => {
  it("reads retrieval handed to a model that answers from it as RAG, in an LLM resume", () => {
    const resume =
      "Experience\n- Built a support bot on the Anthropic API in Python.\n- For each ticket we fetch the five closest help-centre passages from Postgres and give them to the model, which replies citing them.";
    expect(ids(resume)).toContain("rag");
  });
  it("reads a model that picks tools over several steps as an agent, and written instructions as prompt engineering", () => {
    const resume =
      "Expérience\n- Assistant de planification sur l'API OpenAI en Python : le modèle choisit l'outil du calendrier, décide de la suite et enchaîne les étapes jusqu'à la réservation.\n- J'ai rédigé les consignes que le modèle suit, versionnées dans Git.";
    expect(ids(resume)).toEqual(expect.arrayContaining(["ai-agents", "prompt-engineering"]));
  });
  it("needs named LLM work in the document and one sentence for every facet", () => {
    expect(ids("Experience\n- We retrieve archived documents for the model office; the clerk answers the client's questions.")).toEqual([]);
    expect(
      ids(
        "Experience\n- Built a chatbot on the OpenAI API in Python.\n- Retrieved archive documents for auditors. The tax model answers nothing.",
      ),
    ).not.toContain("rag");
  });
  it("keeps a paraphrase under a goal as an aspiration", () => {
    expect(
      ids(
        "Experience\n- Built a chatbot on the OpenAI API in Python.\n- Next I want to fetch passages for the model so its answers cite them.",
      ),
    ).not.toContain("rag");
  });
});

describe("postings: a paraphrased ask", () => {
  it("reads writing the prompts, in the infinitive of a French task list, as prompt engineering", () => {
    expect(
      asked(
        "Vos missions\n- Intégrer l'API d'OpenAI dans nos services Python.\n- Écrire et versionner les prompts avec les équipes métier.",
      ),
    ).toHaveProperty("prompt-engineering", "required");
  });
});

describe("postings: a posting written as one paragraph", () => {
  it("sets apart only the sentence of equal-opportunity or benefits text, not the whole paragraph", () => {
    const posting =
      "Data Scientist\n\nYou will forecast demand for 300 stores and you have trained models in scikit-learn. We offer a stipend for a course on LLMs. We hire without regard to age, religion or background.";
    expect(asked(posting)).toEqual({ "machine-learning": "required" });
  });
});

describe("sense: the product named before its maker", () => {
  it("reads 'la API de Claude' and 'das SDK von Anthropic' as the product in a document with no other code words", () => {
    expect(ids("Responsable de atención al cliente\nRedacté las consignas del bot de reservas con la API de Claude.")).toContain(
      "anthropic",
    );
    expect(ids("Teamleiterin Kundendienst\nDen Antwortassistenten über das SDK von Anthropic angebunden.")).toContain("anthropic");
  });
  it("still reads the maker as an employer after a role", () => {
    expect(ids("Account manager at Anthropic, 2021–2024\nGrew the retail portfolio by 30%.")).toEqual([]);
  });
  it("reads a product word after its article, its maker right after it ('le Hub Hugging Face'), as the product", () => {
    expect(ids("Ingénieure ML\n- Publication des modèles affinés sur le Hub Hugging Face, en PyTorch.")).toContain("hugging-face");
    expect(ids("Ingénieure ML\n- Stage chez Hugging Face, Paris (accueil des visiteurs).")).not.toContain("hugging-face");
  });
});

describe("forms in the other languages", () => {
  it("reads model monitoring and a model registry in German, French and Spanish", () => {
    // Monitoring is corroborated as a model's by an anchor in its bullet, as "model monitoring" is.
    expect(ids("Python, PyTorch.\n- Modellüberwachung für die scikit-learn-Modelle in Produktion aufgebaut.")).toContain("mlops");
    expect(ids("Python, PyTorch.\n- Mise en place de la supervision des modèles PyTorch en production.")).toContain("mlops");
    expect(ids("Python, PyTorch.\n- Alta de cada versión en el registro de modelos.")).toContain("mlops");
  });
  it("reads a participle of designing with prompts as its close object as prompt work, once the document shows LLMs", () => {
    expect(ids("LLM, RAG.\n- He diseñado prompts para que el modelo clasifique tickets.")).toContain("prompt-engineering");
  });
});

describe("postings: a labelled line that is itself a level", () => {
  it("reads 'Imprescindible: …' after an introduction as a requirement, however long the line runs", () => {
    const posting =
      "Ingeniera de software — Ribera Seguros\n\nLo que harás: mantener el portal de clientes y sus integraciones internas.\nImprescindible: haber llevado a producción un servicio propio sobre la API de Gemini, con pruebas automáticas.";
    expect(asked(posting)).toHaveProperty("gemini", "required");
  });
});

describe("paraphrase: retrieval named by its component, the answerer by its product", () => {
  it("reads a retriever or a search that feeds documents to a named model's answer as RAG", () => {
    expect(
      ids(
        "Experience\n- Built a support bot on the OpenAI API in Python.\n- A retriever picks the closest manual docs and Gemini writes the reply from them.",
      ),
    ).toContain("rag");
    expect(
      ids(
        "Experiencia\n- Integré la API de OpenAI en Python.\n- Una búsqueda devuelve el documento más cercano y Claude redacta la respuesta con él.",
      ),
    ).toContain("rag");
  });
  it("does not read a search for documents with no answer from a model as RAG", () => {
    expect(
      ids("Experience\n- Built a support bot on the OpenAI API in Python.\n- Wrote a search over archive docs for the legal team."),
    ).not.toContain("rag");
  });
});

describe("scope: a tool tried and given up", () => {
  it("sets apart a framework the author trialled and then dropped, in English and German", () => {
    const english = ids("Experience\n- Built the agent service in Python on the OpenAI API. CrewAI was trialled briefly and then dropped.");
    expect(english).toContain("openai");
    expect(english).not.toContain("multi-agent-frameworks");
    expect(ids("Erfahrung\n- Backend in Python mit der OpenAI API. LangChain wurde nach einem Test verworfen.")).not.toContain("langchain");
  });
  it("keeps a tool whose effect dropped something", () => {
    expect(ids("Experience\n- Built the agent service in Python on the OpenAI API; LangChain dropped latency by half.")).toContain(
      "langchain",
    );
  });
});

describe("postings: a negated verb governs its object", () => {
  it("does not ask for what the role will not train or build", () => {
    expect(asked("Platform Engineer\n\nYou run model registries with MLflow. You will not fine-tune LLMs or build agents here.")).toEqual({
      "machine-learning": "required",
      mlops: "required",
    });
  });
});

describe("sense: an office tool, judged in its own clause", () => {
  it("reads ChatGPT for meeting notes as an office tool even when a later clause speaks of models", () => {
    expect(
      ids(
        "Analyst\nI model demand with XGBoost in Python and SQL. I also tidy meeting notes with ChatGPT, though no service I run ever calls a model.",
      ),
    ).toEqual(["machine-learning"]);
  });
  it("keeps ChatGPT that a bot in the same clause is built on", () => {
    expect(ids("Engineer\n- Shipped an internal bot on the ChatGPT API in Python that drafts replies to support emails.")).toContain(
      "openai",
    );
  });
});

describe("postings: another group's stack in an aside", () => {
  it("sets apart what another group runs when an aside label opens the clause", () => {
    const posting =
      "Agent Engineer\n\nYou will build agents in Python with LangGraph.\nJo Park, Head of Platform. (Note: the payments squad runs CrewAI and Qdrant; none of that is in this job.)";
    expect(Object.keys(asked(posting)).sort()).toEqual(["ai-agents", "generative-ai", "langgraph", "llms"]);
  });
});

describe("agents by what they do, in any language", () => {
  const ids = (text: string) => matchSkills(text).skills.map((skill) => skill.id);

  it("reads agents that use tools as software agents, in Spanish too, and function calling inside an API's feature list as the API", () => {
    expect(ids("Python, FastAPI. Built agents that use tools safely with the OpenAI API.")).toContain("ai-agents");
    expect(ids("Experiencia real con la API de OpenAI y con agentes que usan herramientas.")).toContain("ai-agents");
    expect(ids("Skills: Python · OpenAI API (chat, embeddings, function calling) · LangChain · pgvector")).not.toContain("ai-agents");
    expect(ids("Built the support chatbot on the OpenAI Assistants API with function calling for order lookups.")).toContain("ai-agents");
  });

  it("reads on past the rest of a compound the mention heads", () => {
    expect(ids("Python, SQL, Docker.\nMit LLMs, RAG oder Agenten-Frameworks habe ich bisher keine praktische Erfahrung.")).toEqual([]);
  });
});

describe("skills shown by what was done, corroborated by the document's LLM work", () => {
  const ids = (text: string) => matchSkills(text).skills.map((skill) => skill.id);

  it("reads retrieval over a store of documents as RAG in a document that claims LLM work, and search alone as none", () => {
    const llm = "Led a crew of LLM workers (CrewAI) that writes due-diligence memos.";
    expect(ids(`${llm} Retrieval runs over a Qdrant collection of 12M municipal documents.`)).toContain("rag");
    expect(ids(`${llm} Semantic search runs over a Qdrant collection of 12M municipal documents.`)).not.toContain("rag");
    expect(ids("Retrieval runs over a Qdrant collection of 12M municipal documents.")).not.toContain("rag");
  });

  it("reads a verb of working on prompts with them as its object, and not one whose object is something else", () => {
    const llm = "Shipped a GPT-4o assistant for claims.";
    expect(ids(`${llm} You'll own the prompts and the regression suite.`)).toContain("prompt-engineering");
    expect(ids(`${llm} Own evaluation: regression suites for prompts and agents.`)).not.toContain("prompt-engineering");
  });

  it("reads system messages as a model's instructions only where the document claims LLM work", () => {
    expect(ids("Built agents on GPT-4o.\n- Wrote the house style for system messages and tool descriptions.")).toContain(
      "prompt-engineering",
    );
    expect(ids("Linux administrator: Bash, Python, systemd.\n- Parsed system messages into Elasticsearch.")).not.toContain(
      "prompt-engineering",
    );
  });
});

describe("names of organisations and people, not products", () => {
  const ids = (text: string) => matchSkills(text).skills.map((skill) => skill.id);

  it("reads a vendor's work inside a clause the author's own narrower part follows as the vendor's", () => {
    expect(ids("Python, SQL, APIs.\n— Ran a partner event where a vendor demoed its AI agents; my job was the guest list.")).toEqual([]);
  });

  it("reads the items of a list of companies as organisations, and a name with who the person is as a person", () => {
    expect(ids("Python, APIs. Cultivated sources at companies including OpenAI, Anthropic and Mistral.")).toEqual([]);
    expect(ids("Python, TypeScript, LangChain, Kubernetes. Mentor to Claude, our newest SDR.")).not.toContain("anthropic");
    expect(ids("Python, TypeScript, Kubernetes, APIs. Built the triage tool on Claude, our main model.")).toContain("anthropic");
  });
});

describe("batch 6 shapes: narrow columns, and RAG said in other words", () => {
  const ids = (text: string) => matchSkills(text).skills.map((skill) => skill.id);

  it("joins a sidebar's short lines into one clause when the next word would not have fitted", () => {
    const sidebar =
      "Skills\nPython, PyTorch, Hugging\nFace (Hub, Transformers,\nSpaces), ONNX, Linux\nNext\nPlanning to learn\nLangGraph and agent\ntooling in 2027; no vector\ndatabase experience yet.";
    expect(ids(sidebar)).not.toContain("langgraph");
    expect(ids(sidebar)).toContain("hugging-face");
  });

  it("reads passages found and answers generated from them as RAG, in German and French too", () => {
    const de =
      "- Generierung über die Gemini API (Vertex AI).\n- Antworten werden aus den zuvor gefundenen Passagen der Bedingungen generiert.";
    expect(ids(de)).toContain("rag");
    const fr =
      "• Conçu un assistant qui va chercher les passages pertinents dans 400 000 décisions, puis fait rédiger au modèle de langage une réponse sourcée.";
    expect(ids(fr)).toContain("rag");
  });
});

describe("an organisation's business and its customers' work are not the author's skills", () => {
  const ids = (text: string) => matchSkills(text).skills.map((skill) => skill.id);

  it("reads a parenthesis describing an employer, and an outside party's possessive, as theirs", () => {
    expect(ids("Python, SQL, APIs.\n2023-present | Account Executive | Lumenweft AI (an LLM vendor selling model hosting)")).toEqual([]);
    expect(ids("Python, SQL, APIs.\n* Ran discovery calls on customers' retrieval-augmented generation projects.")).toEqual([]);
    expect(ids("Python, SQL, APIs.\n* Built retrieval-augmented generation for our customers' manuals.")).toContain("rag");
  });
});

describe("review leftovers: what a negation and a disclaimer reach", () => {
  const ids = (text: string) => matchSkills(text).skills.map((skill) => skill.id);

  it("ends a 'no … required' clause at its comma, and keeps a verb's negated ask over what follows", () => {
    expect(ids("Python, APIs, Docker.\n- Shipped triage with no manual review required, using LangChain agents.")).toContain("langchain");
    expect(ids("Python, APIs, Docker.\n- No LangChain experience required.")).not.toContain("langchain");
  });

  it("reads a determiner as a determiner, not as a word pointing back", () => {
    expect(ids("Python, APIs, Docker.\n- Reviewed LangGraph flows but did not build any agents.")).toContain("langgraph");
    expect(ids("Python, APIs, Docker.\n- Reviewed the LangGraph flows but did not build any.")).not.toContain("langgraph");
    expect(ids("Python, APIs, Docker.\n- Probé LangChain, pero no lo construí yo.")).not.toContain("langchain");
    expect(ids("Python, APIs, Docker.\n- Usé LangChain, pero no construí la API.")).toContain("langchain");
  });

  it("reads a neural language model beside generic words a count-based one also has", () => {
    expect(ids("Python, PyTorch.\n- Served a large language model API with exponential backoff on retries and token counts.")).toContain(
      "llms",
    );
    expect(ids("Python.\n- Trained a 5-gram language model (KenLM) for the speech decoder.")).not.toContain("llms");
  });
});

describe("sense: what kind of thing a skill's word names", () => {
  it("reads a skill's name before an organisation noun as the organisation's kind, in four languages", () => {
    expect(ids("Python, SQL, APIs.\n- Spent a year in customer success at an agentic-AI scale-up in Lisbon.")).toEqual([]);
    expect(ids("Python, SQL, APIs.\n- Ran renewals for three RAG vendors and a vector store company.")).toEqual([]);
    expect(ids("Python, SQL, APIs.\n- Praktikum im Marketing bei einem LLM-Anbieter in München.")).toEqual([]);
    expect(ids("Python, SQL, APIs.\n- Stage en communication dans une start-up d'IA générative.")).toEqual([]);
    expect(ids("Python, SQL, APIs.\n- Becaria de finanzas en una empresa de bases de datos vectoriales.")).toEqual([]);
    // French and Spanish may put the kind right after the noun, with no "de": "une startup IA générative".
    expect(ids("Python, SQL, APIs.\n- Assistante de direction, startup IA générative (Lille), 2023–2025.")).toEqual([]);
    // The noun on the line the bullet wraps onto is still the noun the name modifies.
    expect(ids("Python, SQL, APIs.\n- Renewed contracts for two vector database\n  companies in 2024.")).toEqual([]);
  });
  it("keeps a skill's name before a noun of work", () => {
    expect(ids("Python, SQL, APIs.\n- Built a vector database service for product search in Python.")).toContain("vector-databases");
  });
  it("reads a product someone sells as the employer's, and the other party of an agreement as a partner", () => {
    expect(ids("Python, SQL, APIs.\n- Sold hosted retrieval-augmented generation to hospitals across the region.")).toEqual([]);
    expect(ids("Python, APIs.\n- Negotiated reseller deals with Anthropic for the Nordic market.")).toEqual([]);
    expect(ids("Python, APIs.\n- Built the claims assistant on Anthropic's API with LangChain.")).toContain("anthropic");
  });
  it("reads the items of a list of profiles someone hires for, or of an event's sponsors, as theirs", () => {
    expect(ids("Python (bases), Excel.\n- Contratación de 25 personas: perfiles «RAG», MLOps y agentes.")).toEqual([]);
    expect(ids("Python, APIs.\n- Ran a meetup series sponsored by OpenAI and Mistral.")).toEqual([]);
    expect(ids("Python, APIs.\n- Segmentation de clients avec scikit-learn et XGBoost.")).toContain("machine-learning");
  });
  it("reads a sale across the line a bullet wraps onto", () => {
    expect(ids("Python, APIs.\nSold annual licences and hosted\nfine-tuned language models to retailers.")).toEqual([]);
  });
  it("reads Claude or Gemini on the name line, in capitals, or called the author's name, as a person", () => {
    expect(ids("GEMINI ARAUJO\nPlatform Engineer · Python, Docker, Kubernetes, SQL")).toEqual([]);
    expect(ids("Dubois, Claude\nData Engineer\nPython, SQL, Docker, Airflow")).toEqual([]);
    expect(ids("Python, SQL, Docker, APIs.\nYes, Claude really is my given name.")).toEqual([]);
    expect(ids("Python, SQL, Docker\n- Built the triage bot on Claude and the Anthropic API.")).toContain("anthropic");
  });
  it("reads a game's scripted AI agents as game characters unless a language model drives them", () => {
    expect(ids("C++, Python.\n- Designed boss AI agents with utility scoring and navmesh pathfinding in Unity.")).toEqual([]);
    expect(ids("Python, APIs.\n- NPC AI agents whose dialogue is generated by an LLM through the OpenAI API.")).toContain("ai-agents");
  });
  it("reads regression models in a statistics CV as statistics, and beside words of prediction as machine learning", () => {
    const statistics = [
      "Lecturer in Statistics",
      "Research: Bayesian nonparametric methods, MCMC samplers, posterior consistency.",
      "Teaching: Generalised Linear Regression Models; Bayesian Inference.",
      "Software: R, Stan.",
    ].join("\n");
    expect(ids(statistics)).toEqual([]);
    const predictive = [
      "Biostatistician",
      "- Bayesian survival models and Kaplan-Meier curves for trials; SAS and Stata.",
      "- Logistic regression for no-show risk, validated on a hold-out month and deployed as a daily score.",
    ].join("\n");
    expect(ids(predictive)).toContain("machine-learning");
  });
  it("reads Transformers named as Hugging Face's library as hugging-face, and a BERT-family model as deep learning", () => {
    expect(ids("Python, APIs.\n- Conocimiento de la biblioteca Transformers de Hugging Face.")).not.toContain("deep-learning");
    expect(ids("Python, APIs.\n- Fine-tuned RoBERTa on support tickets for intent routing.")).toContain("deep-learning");
  });
  it("reads an experiment tracker as MLOps in described work, not as one more item in a skills list", () => {
    expect(ids("Skills: Python, PyTorch, Weights & Biases, LaTeX")).not.toContain("mlops");
    expect(ids("Experience\n- Logged every PyTorch training run to Weights & Biases and compared sweeps there.")).toContain("mlops");
  });
  it("reads a model used inside office apps to summarise meetings as an office tool, in French, Spanish and German", () => {
    expect(ids("Python, SQL, Docker, APIs.\n- J'utilise Gemini dans Google Docs pour résumer les réunions.")).toEqual([]);
    expect(ids("Python, SQL, Docker, APIs.\n- Uso Claude en Outlook para resumir reuniones con proveedores.")).toEqual([]);
    expect(ids("Python, SQL, Docker, APIs.\n- Ich nutze Gemini in Gmail, um Besprechungen zusammenzufassen.")).toEqual([]);
    expect(ids("Python, SQL, Docker, APIs.\n- Built a meeting summariser in Python on the Gemini API.")).toContain("gemini");
  });
  it("reads a maker's product named through its possessive as the product", () => {
    expect(ids("Python, APIs.\n- Moved ticket tagging in Python to OpenAI’s models.")).toContain("openai");
  });
  it("reads retrieval that finds clauses and a model that answers from them as RAG, in Spanish too", () => {
    const english = "Python, APIs, GPT-4o.\n- The bot finds the matching clauses in 9,000 leases and the model answers quoting them.";
    expect(ids(english)).toContain("rag");
    const spanish = "Python, APIs, GPT-4o.\n- El asistente encuentra las cláusulas aplicables y el modelo responde citándolas.";
    expect(ids(spanish)).toContain("rag");
  });
  it("reads function calling enumerated after a model API's name as the API's feature", () => {
    const text = "Python, APIs.\n- Moved the summariser onto the Gemini API, including JSON mode and function calling for lookups.";
    expect(ids(text)).not.toContain("ai-agents");
  });
});

describe("postings: what the role is and is not", () => {
  it("reads prose under a heading that only names the role as its description, where another team's stack is not an ask", () => {
    const text = [
      "Backend Engineer",
      "",
      "About the job",
      "Model serving belongs to the Inference group, which runs it all on Kubeflow. This job sits in Payments.",
      "- You build Python services for the payment flows.",
    ].join("\n");
    expect(asked(text)).toEqual({});
  });
  it("sets apart a part headed by what the hire will not do, in Spanish, French and German", () => {
    for (const heading of ["Lo que no harás", "Ce que vous ne ferez pas", "Was du nicht machst"]) {
      const text = ["Data Engineer", "", "Requirements", "- Python and SQL", "", heading, "- PyTorch, LangChain"].join("\n");
      expect(asked(text), heading).toEqual({});
    }
  });
  it("reads 'helps' as a preference in prose", () => {
    expect(asked("Platform Engineer\n\nSome exposure to Kubeflow helps, because our pipelines run there.")).toEqual({
      "machine-learning": "preferred",
      mlops: "preferred",
    });
  });
  it("knows diffusion and generative models in French, Spanish and German", () => {
    expect(asked("Ingénieur·e\n\nVos missions\n- Entraîner des modèles de diffusion pour le catalogue")).toMatchObject({
      "generative-ai": "required",
    });
    expect(asked("Ingeniera\n\nRequisitos\n- Experiencia con modelos generativos de imagen")).toMatchObject({
      "generative-ai": "required",
    });
    expect(asked("Ingenieurin\n\nAnforderungen\n- Erfahrung mit Diffusionsmodellen")).toMatchObject({ "generative-ai": "required" });
  });
});

describe("scope: others as the subject, in every language, and the author's lack of part after", () => {
  it("reads colleagues with no determiner, and a group with another language's article, as others", () => {
    expect(
      ids("Experience\n- Colleagues from the data platform group trained a RAG assistant on our wiki; I wrote its release notes."),
    ).toEqual([]);
    expect(ids("Erfahrung\n- Die Entwickler der Nachbarabteilung haben ein LLM-Werkzeug gebaut.")).toEqual([]);
    expect(ids("Experiencia\n- Los ingenieros de plataforma entrenaron redes con PyTorch.")).toEqual([]);
    expect(ids("Expérience\n- L'équipe data a déployé un pipeline MLflow.")).toEqual([]);
  });
  it("keeps work the author did with colleagues", () => {
    expect(ids("Experience\n- Colleagues and I built a RAG service with LangChain.")).toContain("rag");
  });
  it("reads a later 'I was not involved' or 'theirs' as the author's lack of part, across an abbreviation's full stop", () => {
    expect(ids("Experience\n- A partner studio fine-tuned the Hugging Face models for us — I was not involved.")).toEqual([]);
    expect(ids("Expérience\n- Un prestataire a entraîné les modèles PyTorch ; je n'y ai pas participé.")).toEqual([]);
    expect(ids("Experience\n- Compared Qdrant vs. Milvus on cost for another unit; the implementation was theirs.")).toEqual([]);
    expect(ids("Experiencia\n- Redacté el pliego de un piloto con LangGraph; el código era del proveedor, no el mío.")).toEqual([]);
  });
});

describe("scope: plans, courses given up, and a negation down a list of examples", () => {
  it("reads a first-person plan in French, Spanish and German as a goal", () => {
    expect(ids("Compétences\n- Je prévois de mettre en place un agent LangGraph l'an prochain.")).toEqual([]);
    expect(ids("Habilidades\n- Tengo previsto montar un sistema RAG con LangChain.")).toEqual([]);
    expect(ids("Kenntnisse\n- Ich habe vor, LangChain auszuprobieren.")).toEqual([]);
  });
  it("reads a course whose sentence says it is planned or given up as not taken, and a finished one as taken", () => {
    expect(ids("Education\n- Enrolled in nothing yet; a MOOC on retrieval-augmented generation is planned for autumn.")).toEqual([]);
    expect(ids("Education\n- Took a LangGraph bootcamp in 2025 but dropped it halfway.")).toEqual([]);
    expect(ids("Weiterbildung\n- Kurs „LLM-Agenten“ 2025 abgebrochen.")).toEqual([]);
    expect(ids("Formación\n- Curso de LangChain en pausa desde marzo.")).toEqual([]);
    expect(ids("Education\n- LLM course, completed 2024.")).toContain("llms");
  });
  it("reads a negation as reaching the examples of the noun it negates", () => {
    expect(ids("Skills\n- Never used vector stores like Qdrant or Milvus.")).toEqual([]);
    expect(ids("Kenntnisse\n- Keine Erfahrung mit Orchestrierung wie LangGraph.")).toEqual([]);
    expect(ids("Compétences\n- Aucune pratique des frameworks multi-agents comme AutoGen.")).toEqual([]);
  });
  it("reads a negated experience with no object after a break as speaking of the mention, but not one inside the claim", () => {
    expect(ids("Skills\n- Hugging Face Transformers — no real hands-on experience yet.")).toEqual([]);
    expect(ids("Kenntnisse\n- PyTorch-Grundlagen aus dem Studium; noch keine Praxis.")).toEqual([]);
    expect(ids("Experience\n- Built LangChain agents with no prior experience, shipped in six weeks.")).toContain("langchain");
    expect(ids("Experience\n- Built LangChain agents; no experience with Kubernetes.")).toContain("langchain");
  });
});

describe("scope: the skills of people hired, or of a job a document asks for", () => {
  it("reads skills of the people recruited or of a job ad's ask as theirs", () => {
    expect(ids("Experience\n- Sourced candidates for MLOps and PyTorch roles across Europe.")).toEqual([]);
    expect(ids("Experience\n- Hired LangChain developers for two client squads.")).toEqual([]);
    expect(ids("Erfahrung\n- Stellenanzeigen verfasst, die Kenntnisse in LangGraph verlangten.")).toEqual([]);
    expect(ids("Experiencia\n- Contratación de 12 ingenieros: perfiles de RAG y Hugging Face.")).toEqual([]);
  });
  it("keeps the author's own work beside hiring", () => {
    expect(ids("Experience\n- Hired two engineers and built the retrieval-augmented generation stack with them in Python.")).toContain(
      "rag",
    );
    expect(ids("Experience\n- Automated job descriptions with the OpenAI API.")).toContain("openai");
  });
});

describe("scope: a mention that names a group the author stands outside of", () => {
  it("reads the mention before a group's noun, after an outsider relation, as the group's", () => {
    expect(ids("Experience\n- Signed reseller deals with Gemini and OpenAI partner teams across EMEA.")).toEqual([]);
    expect(ids("Experience\n- Built release dashboards for the MLOps team.")).toEqual([]);
  });
  it("reads the group's noun and an organisation's parenthesis across the line a bullet wraps onto", () => {
    expect(ids("Experience\n- Negotiated three-year reseller agreements with Mistral and OpenAI\n  alliance teams across EMEA.")).toEqual(
      [],
    );
    expect(ids("Experience\nAccount Manager | Pellucid Labs (a vector-database\nstart-up) | 2021 – 2023")).toEqual([]);
  });
  it("keeps a group's noun that is part of a longer compound", () => {
    expect(ids("Experience\n- Prototyped with AutoGen group chats, then rewrote it in Python.")).toContain("multi-agent-frameworks");
  });
});

describe("scope: 'they' after a group, and a negated verb of work in the future", () => {
  it("reads an aside whose subject is 'they', after a group, as the group's work", () => {
    expect(ids("Experience\n- Handed the pipeline to the data group (they retrained it on PyTorch every week).")).toEqual([]);
    expect(
      asked("Requirements\n- Python and SQL\n- Model serving is run by the inference team (they deploy everything with MLflow)."),
    ).not.toHaveProperty("mlops");
  });
  it("reads a negated future verb of work as reaching its list, in Spanish and French", () => {
    expect(asked("Requisitos\n- Python\n- No trabajarás con PyTorch ni con TensorFlow.")).not.toHaveProperty("deep-learning");
    expect(asked("Profil\n- Python\n- Vous ne travaillerez pas sur l'entraînement de réseaux de neurones.")).not.toHaveProperty(
      "deep-learning",
    );
  });
});

describe("scope: a negation through a verb's past participle", () => {
  it("reads 'never deployed a …' and 'nunca he desplegado …' as negated", () => {
    expect(ids("Skills\n- I have never deployed a LangGraph agent.")).toEqual([]);
    expect(ids("Habilidades\n- Nunca he desplegado Qdrant.")).toEqual([]);
  });
});

describe("sense: ordinary words that are no other sense's (review of the merges, items 6–9)", () => {
  it("keeps AI agents beside words games share with everyday work (behaviour, Unity, boss)", () => {
    expect(ids("Experience\n- Built AI agents that flag unusual customer behavior in our Python services.")).toContain("ai-agents");
    expect(ids("Experience\n- Deployed AI agents over Databricks Unity Catalog tables for the finance team.")).toContain("ai-agents");
    expect(ids("Experience\n- Wrote AI agents that brief my boss on every opponent bid, in Python.")).toContain("ai-agents");
  });
  it("still reads a game's AI agents with behaviour trees as game characters", () => {
    expect(ids("Experience\n- Programmed the AI agents of the enemy squads with behaviour trees.")).not.toContain("ai-agents");
    expect(ids("Experience\n- Scripted AI agents driven by behavior trees for the boss fights.")).not.toContain("ai-agents");
  });
  it("keeps regression models in a document that speaks no statistics", () => {
    expect(ids("Data Scientist, Acme — 2021–2024\n- Built logistic regression models in Python at Acme.")).toContain("machine-learning");
    expect(ids("Analyst, Globex SAS\n- Wrote logistic regression models for the loan book in R.")).toContain("machine-learning");
  });
  it("still reads regression models as statistics in a document that speaks it", () => {
    expect(
      ids(
        "Biostatistician\n- Bayesian priors and MCMC for trial data.\n- ANOVA and frequentist tests.\n- Fitted regression models in Stata.",
      ),
    ).not.toContain("machine-learning");
  });
  it("reads German 'Vertrieb' as the sales department, not a selling verb", () => {
    expect(ids("Erfahrung\n- Für den Vertrieb habe ich ein RAG-System mit LangChain gebaut.")).toContain("rag");
    expect(ids("Erfahrung\n- Im Vertrieb entwickelte ich KI-Agenten über unsere Produktdaten in Python.")).toContain("ai-agents");
  });
  it("reads 'profiles' as data, not as profiles someone hires for", () => {
    expect(ids("Experience\n- Built customer profiles, RAG retrieval and LLM scoring in Python.")).toContain("rag");
    expect(ids("Experience\n- Merged user profiles, RAG answers and usage logs into one Python service.")).toContain("rag");
    expect(ids("Experience\n- Filled openings, RAG search and LLM support for the help desk in Python.")).toContain("rag");
  });
  it("still reads profiles someone hires for as the candidates' skills", () => {
    expect(ids("Experiencia\n- Contratación de 12 ingenieros: perfiles de RAG y Hugging Face.")).toEqual([]);
    expect(ids("Experience\n- Recruited for 8 profiles: RAG, LLM and agents engineers.")).not.toContain("rag");
  });
});

describe("scope: a negated experience after a break, whatever its negator", () => {
  it("reads 'sin experiencia práctica' and 'ohne Praxiserfahrung' after a semicolon as taking back the mention", () => {
    expect(ids("Experience\n- Read the LangChain docs; sin experiencia práctica todavía.")).not.toContain("langchain");
    expect(ids("Experience\n- Skimmed the LangGraph tutorials; ohne Praxiserfahrung bisher.")).not.toContain("langgraph");
  });
});

describe("scope: a course given up, after its quoted title", () => {
  it("reads 'paused' and 'abgebrochen' after a title and its provider as not taken", () => {
    expect(ids("Education\n“Building LLM agents with LangGraph” (Coursera) — paused")).not.toContain("langgraph");
    expect(ids("Education\n“RAG with LangChain” (Udemy), abgebrochen")).not.toContain("langchain");
  });
});

describe("scope: an article that is not a group's subject", () => {
  it("keeps work done for a group named in the German dative", () => {
    expect(ids("Erfahrung\n- Der Abteilung Vertrieb habe ich ein RAG-System mit LangChain gebaut.")).toContain("langchain");
    expect(ids("Erfahrung\n- Der Abteilung Einkauf habe ich ein RAG-System mit LangChain gebaut.")).toContain("rag");
  });
  it("keeps work a group handed to the author, named by an object pronoun", () => {
    expect(ids("Expérience\n- Les développeurs m'ont confié le pipeline RAG : je l'ai construit avec LangChain.")).toContain("rag");
    expect(ids("Expérience\n- Les chercheurs me demandaient un pipeline RAG : je l'ai construit avec LangChain.")).toContain("rag");
  });
});

describe("postings: a negated second-person future, whatever its verb", () => {
  it("reads 'No programarás con …' and 'Nunca escribirás con …' as not asked", () => {
    expect(asked("Requisitos\n- Python\n- No programarás con LangGraph ni con CrewAI.")).not.toHaveProperty("langgraph");
    expect(asked("Requisitos\n- Python\n- Nunca escribirás con LangChain ni con LlamaIndex.")).not.toHaveProperty("langchain");
  });
  it("reaches through an irregular future's short stem ('harás')", () => {
    expect(asked("Requisitos\n- Python\n- No harás con LangGraph ni con CrewAI.")).not.toHaveProperty("langgraph");
    expect(asked("Requisitos\n- Python\n- Nunca harás con LangChain ni con LlamaIndex.")).not.toHaveProperty("langchain");
  });
});

describe("scope: the author's peers, named with the author's possessive", () => {
  it("reads 'my colleagues' and 'meine Kollegen' as others, never 'my colleagues and I'", () => {
    expect(ids("Experience\n- My colleagues fine-tuned the LLM ranker with PyTorch; I wrote its dashboards.")).toEqual([]);
    expect(ids("Experience\n- Meine Kollegen haben das RAG-System mit LangChain gebaut; ich habe die Tests geschrieben.")).toEqual([]);
    expect(ids("Experience\n- My colleagues and I built the RAG service with LangChain.")).toContain("rag");
  });
});

describe("scope and sense in batch 14's wording", () => {
  it("reads a clause opened by a condition as supposed, in English and German, but not a condition inside a claim", () => {
    expect(ids("Experience\n- Backend engineer, Go and Python.\n- If our group moves to LangGraph next year, I'll lead the port.")).toEqual(
      [],
    );
    expect(ids("Erfahrung\n- Backend in Go und Python.\n- Falls wir LangGraph einführen, übernehme ich die Migration.")).toEqual([]);
    expect(ids("Experience\n- Built an eval in Python that fails the build if the RAG answer cites no source.")).toContain("rag");
  });
  it("reads a course given up in brackets, and a skills table's 'none', as nothing taken", () => {
    expect(ids("Experience\n- Python services.\n- Evening class on machine learning (abandoned after two weeks).")).toEqual([]);
    expect(ids("Education\n- Curso de machine learning (abandonado en la semana 2).")).toEqual([]);
    expect(
      ids("Skills\nTool            experience   used at work\nTensorFlow      none         no\nPython          5 years      yes"),
    ).toEqual([]);
    expect(ids("Skills\nTool            experience   used at work\nTensorFlow      3 years      yes")).toContain("deep-learning");
  });
  it("reads a negation through 'Einsatz von' and a German negation five words after the mention", () => {
    expect(ids("Kenntnisse\n- Python, SQL.\n- Sprachmodelle verwende ich nicht; kein Einsatz von LLMs in der Arbeit.")).toEqual([]);
    expect(ids("Kenntnisse\n- Python, SQL.\n- Gemini von Google habe ich bisher nicht verwendet.")).toEqual([]);
  });
  it("sets apart a partner's or a supplier's thing, quoted or not", () => {
    expect(ids("Experience\n- Python tooling.\n- Beta tester of the supplier's “AI agent” for invoice reading.")).toEqual([]);
    expect(ids("Experience\n- Python tooling.\n- Demoed our partner's RAG assistant to three banks.")).toEqual([]);
  });
  it("reads a name joined to 'Partner' or 'Co' by '&' as a firm's", () => {
    expect(ids("Experience\n- Python tooling.\n- Account manager for the agency „Gemini & Partner“ and for Claude & Co.")).toEqual([]);
  });
});

describe("scope: a table row whose stack is an outside party's", () => {
  it("sets apart the row, and keeps a row of the author's own stack", () => {
    const head = "Projects\nProject | Client | My part | Stack\n";
    expect(
      ids(`${head}Helpdesk RAG bot | two insurers | slides and demo only | the vendor's platform\nPython ETL | bank | built it | Airflow`),
    ).toEqual([]);
    expect(ids(`${head}Helpdesk RAG bot | two insurers | built retrieval | LangChain, Qdrant`)).toContain("rag");
  });
});

describe("scope: work handed to a role is that role's skill", () => {
  it("sets apart the skill of the person the work belongs with, and keeps the author's own thing that belongs to a service", () => {
    expect(
      ids("Experience\n- Unity and C# gameplay code.\n- I won't train models myself; that belongs with an ML engineer on the data team."),
    ).toEqual([]);
    expect(ids("Experience\n- Unity and C# gameplay code.\n- Model retraining is a job for a data scientist, not me.")).toEqual([]);
    expect(ids("Experience\n- Python services.\n- Built a churn model in scikit-learn that belongs to the retention service.")).toContain(
      "machine-learning",
    );
  });
});
