import { describe, expect, it } from "vitest";
import { matchSkills } from "./match";
import { extractPostingSkills } from "./posting";

/** The guards of context.ts, probed in wording of their own: each sense rejected, and the model sense that still counts. */
const ids = (text: string) =>
  matchSkills(text)
    .skills.map((skill) => skill.id)
    .sort();
const asked = (text: string) => extractPostingSkills(text).map((skill) => skill.id);

describe("a model family's name given to something else", () => {
  it("reads a boat's, a club's or a pet's name as that thing's", () => {
    expect(ids("Interests\n- We named our two dinghies Claude and Gemini; Python, SQL, Docker at work")).toEqual([]);
    expect(ids("Hobbys\n- Unser Hund heißt Claude, die Katze Gemma; beruflich Python, SQL, Docker")).toEqual([]);
    expect(ids("Loisirs\n- Barreuse du voilier Gemini au club nautique ; au travail Python, SQL, API")).toEqual([]);
  });
  it("reads a name alone in parentheses after a quoted name as its translation", () => {
    expect(ids("Ehrenamt\n- Kassenwart im Segelclub „Zwillinge“ (Gemini), Hamburg; Python und SQL im Beruf")).toEqual([]);
    expect(ids("Loisirs\n- Trésorière de l'association « Les Gémeaux » (Gemini) ; Python, SQL, API REST au travail")).toEqual([]);
  });
  it("reads the star sign in any language as the sign", () => {
    expect(ids("Sonstiges\n- Sternzeichen Zwillinge (Gemini); beruflich Python, SQL, API")).toEqual([]);
  });
  it("reads the thing's noun only next to the name, not a few words off", () => {
    expect(
      ids(
        "Experience\n- Built a RAG assistant with LangChain and the OpenAI API.\n- Evaluated Claude and Gemini for the association's member helpdesk.",
      ),
    ).toEqual(expect.arrayContaining(["anthropic", "gemini"]));
    expect(
      ids(
        "Experience\n- Built a RAG assistant with LangChain and the OpenAI API.\n- Compared Claude and Gemini on the rowing club's booking questions.",
      ),
    ).toEqual(expect.arrayContaining(["anthropic", "gemini"]));
    expect(ids("Interests\n- Crew on Gemini, our club's boat; Python, SQL, Docker at work")).toEqual([]);
  });
  it("still counts the model, also where a club is what it was built for", () => {
    expect(ids("Projects\n- Built a Claude chatbot in Python for our rowing club's bookings, deployed on AWS")).toContain("anthropic");
    expect(ids("Experience\n- Summaries with Gemini 1.5 Pro in Python; Claude Sonnet via Bedrock")).toEqual(
      expect.arrayContaining(["anthropic", "gemini"]),
    );
    expect(ids("Skills: Python, Docker, Kubernetes, Gemma, Claude, Gemini")).toEqual(
      expect.arrayContaining(["anthropic", "gemini", "llms"]),
    );
  });
});

describe("Llama, the model, and the Spanish verb", () => {
  it("reads 'llama' after a clitic pronoun as the verb 'llamar'", () => {
    expect(ids("Aficiones\n- Mi perra se llama Luna y la gata Gemma; en el trabajo Python, SQL y Docker")).toEqual([]);
    expect(ids("Experiencia\n- El equipo lo llama «el tablero»; Python, SQL, API")).toEqual([]);
  });
  it("still counts Llama among technical words", () => {
    expect(ids("Skills: Python, Docker, Kubernetes, Llama, LangChain")).toContain("llms");
    expect(ids("Experiencia\n- Ajusté Llama con LoRA en PyTorch y lo serví con vLLM")).toContain("llms");
  });
});

describe("diffusion models of another field", () => {
  it("reads an outbreak's, heat's or an innovation's diffusion as that field's model", () => {
    expect(ids("Experiencia\n- Modelos de difusión de brotes de dengue con modelos SIR en R y Python")).toEqual([]);
    expect(ids("Experience\n- Bass diffusion model of EV adoption by region, in Python and SQL")).toEqual([]);
    expect(ids("Erfahrung\n- Räumliche Diffusionsmodelle für Wärme in Bauteilen, Python und SQL")).toEqual([]);
  });
  it("still counts the generative model", () => {
    expect(ids("Expérience\n- Entraînement de modèles de diffusion pour générer des images produit (PyTorch, GPU)")).toContain(
      "generative-ai",
    );
    expect(ids("Skills: Python, PyTorch, SQL, diffusion models, GANs")).toContain("deep-learning");
  });
  it("counts it beside words other bullets use too (adoption, drift, spatial)", () => {
    for (const line of [
      "Drove adoption of diffusion models across the design team.",
      "Trained latent diffusion models on 8 GPUs; handled drift in the data pipeline.",
      "Spatial layouts generated with diffusion models for the floor-plan tool.",
    ])
      expect(ids(`Experience\n- Fine-tuned PyTorch image models on GPUs.\n- ${line}`)).toEqual(
        expect.arrayContaining(["deep-learning", "generative-ai"]),
      );
  });
});

describe("a quoted criterion", () => {
  it("claims nothing in a resume: a recruiter's screen, in any language", () => {
    expect(ids('Experience\n- Screened applicants on "LLM experience" with a rubric; Python and SQL')).toEqual([]);
    expect(ids("Berufserfahrung\n- Bewerberprofile nach „Erfahrung mit RAG“ sortiert; Python, SQL, API")).toEqual([]);
    expect(ids("Experiencia\n- Filtré perfiles por «experiencia con LangChain» para el equipo; Python, SQL, API")).toEqual([]);
  });
  it("asks nothing of a posting's reader", () => {
    const posting =
      'Talent Partner\n\nWhat you will do\n- Define what "hands-on experience with RAG" means for each role\n- Python and SQL required';
    expect(asked(posting)).not.toContain("rag");
  });
  it("still counts a quoted word inside an ask, and a quoted project name", () => {
    expect(asked('Engineer\n\nRequirements\n- Experience with "agentic" workflows built on LangGraph')).toContain("langgraph");
    expect(ids('Experience\n- Built the "RAG over contracts" assistant with LangChain and pgvector')).toContain("rag");
  });
});

describe("generic words of other languages that hold no form", () => {
  it("finds nothing in attention, chains, tokens, vectors or general agents of other trades", () => {
    expect(ids("Experiencia\n- Atención al cliente y comunicación del riesgo en salud pública; SQL y Python")).toEqual([]);
    expect(ids("Expérience\n- Pilotage de la chaîne logistique des pièces détachées ; SQL, Python, API")).toEqual([]);
    expect(ids("Erfahrung\n- Prüfung neuer Token-Listings und Zwei-Faktor-Tokens; SQL, Python, API")).toEqual([]);
    expect(ids("Experiencia\n- Control de vectores del dengue y vigilancia entomológica; SQL, Python")).toEqual([]);
    expect(ids("Expérience\n- Animation du réseau des agents généraux de la mutuelle ; SQL, Python, API")).toEqual([]);
  });
  it("still counts the technical terms", () => {
    expect(ids("Experience\n- pgvector and vector search for the help centre, in Python")).toContain("vector-databases");
    expect(ids("Experience\n- Hugging Face model hub for the classifiers; a LangChain retrieval chain over docs in Python")).toEqual(
      expect.arrayContaining(["hugging-face", "langchain"]),
    );
  });
});

describe("diffusion models in a document that speaks another diffusion", () => {
  it("reads a bare mention in that sense, and in a plain one as the generative model", () => {
    const epidemiology =
      "Experiencia\n- Vigilancia de brotes y epidemias de dengue\n- Modelos de contagio SIR por municipio\n\nFormación\n- Curso de modelos de difusión";
    expect(ids(epidemiology)).toEqual([]);
    expect(ids("Formación\n- Curso de modelos de difusión")).toContain("generative-ai");
  });
});

describe("a maker's models named before it", () => {
  it("reads 'models from', 'modelos de', 'modèles issus de' a maker as its product", () => {
    expect(ids("Experience\n- Models from Hugging Face for re-ranking, in Python")).toContain("hugging-face");
    expect(ids("Experiencia\n- Modelos de Hugging Face para clasificar reclamaciones en español")).toContain("hugging-face");
    expect(ids("Expérience\n- Mise en production de modèles issus de Hugging Face (CamemBERT affinés)")).toContain("hugging-face");
  });
  it("still reads people from a maker as its employees", () => {
    expect(ids("Experience\n- Recruited engineers from Anthropic and OpenAI")).toEqual([]);
  });
});

describe("re-ranking and hybrid search over content", () => {
  it("count as RAG where the document shows LLM work", () => {
    const posting =
      "Engineer\n\nWhat you will do\n- Build LLM agents with tool use\n\nNice to have\n- Retrieval over help-center content (hybrid search, re-ranking)";
    expect(asked(posting)).toContain("rag");
    expect(
      ids("Experiencia\n- Recuperación sobre documentos internos con hybrid search y re-ranking\n- Asistente con la API de OpenAI"),
    ).toContain("rag");
  });
  it("are classic retrieval in a recommender or a shop's search, and without LLM work", () => {
    expect(
      ids("Experience\n- Candidate generation with two-tower models, re-ranking with XGBoost for the shop feed\n- Built an LLM summariser"),
    ).not.toContain("rag");
    expect(
      ids("Experience\n- Search over product listings with hybrid search and re-ranking\n- Prompted GPT-4 via the OpenAI API"),
    ).not.toContain("rag");
    expect(ids("Experience\n- Retrieval over the wiki with hybrid search and re-ranking, in Python")).toEqual([]);
  });
  it("are RAG where a model on the same line outranks a recommender's word", () => {
    const rag =
      "Experience\n- Built a RAG assistant with LangChain and pgvector over internal docs.\n- Prompt evals for the OpenAI GPT-4 pipeline.\n- ";
    const ragLines = (line: string) =>
      matchSkills(rag + line)
        .skills.find((skill) => skill.id === "rag")
        ?.evidence.map((item) => item.text);
    for (const line of [
      "Added a cross-encoder re-ranking step over the top 50 candidates before the LLM writes its answer.",
      "Re-ranking of retrieved passages for the product support chatbot, with hybrid search.",
      "Hybrid search over the products catalogue so the assistant cites the right manual.",
    ])
      expect(ragLines(line)).toContain(line);
  });
});

describe("a skill named only to tell another thing from it", () => {
  it("claims nothing, in any language", () => {
    expect(ids("Experience\n- Motion vectors from the video stream (not to be confused with any vector database), in Python")).toEqual([]);
    expect(ids("Erfahrung\n- Das interne Tool „Claudia“, nicht zu verwechseln mit Claude; Python, SQL, API")).toEqual([]);
    expect(ids("Expérience\n- La chaîne de validation (à ne pas confondre avec LangChain) en Python, SQL, API")).toEqual([]);
    expect(ids("Experiencia\n- El agente de reservas, no confundir con un agente de IA; Python, SQL, API")).toEqual([]);
  });
  it("tells nothing apart where the confusion is not negated or stands in another clause", () => {
    expect(ids("Experience\n- Customers were confused; we added LlamaIndex citations to every answer.")).toContain("rag");
    expect(ids("Experience\n- Users confused by the bot got LangChain retrieval with sources, in Python")).toContain("langchain");
  });
  it("still counts work beside a confusing thing or a confusion matrix", () => {
    expect(ids("Experience\n- Fixed a confusing LangChain retrieval chain in Python")).toContain("langchain");
    expect(ids("Experience\n- Confusion matrices for the XGBoost churn model, in Python")).toContain("machine-learning");
  });
});

describe("a criterion someone screens for, quoted as a predicate without its subject", () => {
  it("claims nothing of the author, also when the quotation closes on the wrapped line", () => {
    expect(ids('Experience\n• Drafted interview guides: what "has fine-tuned LLMs for support" should mean on a call.')).toEqual([]);
    expect(
      ids('Experience\n• Calibrated panels on what "has shipped LangGraph agents with\n  human review" looks like in a portfolio.'),
    ).toEqual([]);
    expect(ids("Erfahrung\n• Leitfäden geschrieben: was „hat PyTorch-Training verteilt betrieben“ im Gespräch heißt.")).toEqual([]);
    expect(ids('Experiencia\n• Definí con los líderes qué significa "ha desplegado modelos de PyTorch" en una entrevista.')).toEqual([]);
  });
  it("still reads a quotation that names its subject, or the author's own work beside it", () => {
    expect(ids('Experience\n• Built the RAG bot "Ask HR" with LangChain.')).toContain("rag");
  });
});

describe("a unit named by the skill it works on, with one more word of its name", () => {
  it("reads 'the ML platform team' as a team the author worked with, not machine learning", () => {
    expect(ids("Experience\n- Set comp bands with the ML platform team's directors.")).toEqual([]);
    expect(ids("Experience\n- Organised offsites for the machine learning research group.")).toEqual([]);
  });
  it("keeps a list joined by 'and' before a product", () => {
    expect(ids("Experience\n- Integrated our assistant with the OpenAI and Teams APIs in Python.")).toContain("openai");
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
