/**
 * The sense stage's rules, as data (see README.md, "Sense"). An ambiguous form (one with a guard in the taxonomy)
 * counts only when its local guard accepts the words around it AND something unambiguous corroborates it: the
 * vocabulary of building software or models, in the same bullet, the same section, and the document as a whole.
 */
import * as W from "./context-words";

const words = (list: string) => new Set(list.split(/\s+/).filter(Boolean));

/**
 * Words that only people who build software or models write. Deliberately without the words that are themselves
 * ambiguous (agent, model, prompt, transformer, vector, chain, pipeline, Claude, Gemini) and without the tools every
 * office uses (Excel, Jira, Salesforce): a sales resume that names Copilot and Jira has no anchor at all. Every
 * unambiguous taxonomy mention is an anchor too.
 */
export const ANCHOR_WORDS = words(`
  python typescript javascript java golang scala kotlin cpp csharp sql nosql
  api apis sdk sdks graphql grpc json backend microservice microservices endpoint endpoints
  kubernetes k8s docker terraform aws gcp azure serverless git github gitlab devops linux
  postgres postgresql mysql mongodb redis databricks bigquery elasticsearch
  numpy scipy jupyter fastapi django nodejs
  algorithm algorithms dataset datasets tokenizer evals classifier classifiers unsupervised
  gpu gpus cuda quantization programming codebase programmierung programación programmation
`);

/**
 * Guards whose forms, where the guard answers "shown", are corroborated by a skill the document shows rather than by
 * software vocabulary: "system messages" are a model's only in a document whose unambiguous mentions already claim
 * LLM work, and so is re-ranking over content that no word of generation stands beside.
 */
export const CORROBORATING_SKILL: Partial<Record<string, string>> = { modelInstructions: "llms", generationContext: "llms" };

/** Guards whose forms are ambiguous enough to need corroboration beyond the guard's own window. */
export const NEEDS_CORROBORATION = new Set([
  "techContext",
  "vectorStoreName",
  "modelNamedLikePerson",
  "modelInstructions",
  "toolUse",
  "corroborated",
  "statisticalModel",
  "diffusionModel",
  "llamaModel",
  "neuralLanguageModel",
  "neuralNet",
  "softwareAgent",
  "llmMultiAgent",
  "neuralTransformer",
  "transformerArchitecture",
  "modelPrompting",
  "retrievalContext",
  "generationContext",
  "embeddingStore",
  "platformUse",
  "claudeModel",
  "claudeFamily",
  "geminiModel",
  "ragSense",
  "chatProduct",
  "gptModel",
]);

/**
 * How much corroboration an ambiguous mention needs: anchors in the document as a whole (a resume with none is not
 * the resume of someone who trained transformers), and either one in its own bullet, a skills list in a section
 * that holds one, or several in its section.
 */
/**
 * The other senses of a guard's forms, as vocabulary. A document that speaks another sense's language throughout
 * (power transformers, MVA and windings; listings, buyers and escrow) reads its ambiguous forms in that sense unless
 * the mention's own bullet holds an anchor.
 */
export const COMPETING_SENSES: Partial<Record<string, Set<string>>> = {
  neuralTransformer: W.ELECTRICAL_WORDS,
  transformerArchitecture: W.ELECTRICAL_WORDS,
  softwareAgent: W.HUMAN_AGENT_WORDS,
  geminiModel: W.NOT_GEMINI_MODEL,
  claudeModel: W.PERSON_TITLES,
  neuralNetwork: W.NEURO_WORDS,
  statisticalModel: W.STATISTICS_WORDS,
  diffusionModel: W.OTHER_DIFFUSION_WORDS,
};
/** How many words of another sense make a document speak it. */
export const COMPETING_MIN = 3;

export const CORROBORATION = { document: 2, bullet: 1, listSection: 1, section: 3 } as const;

/**
 * Forms whose other senses are rare enough that the document as a whole decides: "RAG" outside a status report
 * reads as retrieval in any resume that holds one anchor; "regression models" are machine learning in any document
 * that does not speak statistics (COMPETING_SENSES), anchors or none, and "diffusion models" generative ones in any
 * that does not speak of outbreaks, heat or an innovation's adoption.
 */
export const LOOSE_CORROBORATION: Partial<Record<string, { document: number }>> = {
  ragSense: { document: 1 },
  statisticalModel: { document: 0 },
  diffusionModel: { document: 0 },
};

/**
 * Skills shown by what someone did, with no form of their name: every facet's words in one bullet ("the passages
 * nearest to the question are fetched … handed to the model, which must quote them" is retrieval-augmented
 * generation). A paraphrase is weaker evidence than a name, so it counts only in a document where an unambiguous
 * mention already shows the skill it needs (`requires`: LLM work, or machine learning for a model's upkeep), and it
 * passes the scope stage like any mention.
 */
export interface Paraphrase {
  skillId: string;
  requires: string;
  facets: Set<string>[];
  /** At most this many words from the first facet's word to the last: the facets stand in one phrase, not one sentence. */
  within?: number;
}

/** A model, or the assistant built on one (the document's LLM mentions say which sense). */
const MODEL = words(`
  model models llm llms gpt assistant assistants chatbot modèle modèles assistant modelo modelos asistente modell
  modelle assistent`);

/**
 * The one that answers in a retrieval paraphrase: a model or assistant, or a model named by its product, or an
 * agent built on one (the rule needs the document's LLM work already, so the product names read in their sense).
 */
const ANSWERER = new Set([
  ...MODEL,
  ...words(`claude gemini openai anthropic mistral llama agent agents agente agentes`),
  // Or the generating itself, as a passive sentence puts it: "Antworten werden aus den gefundenen Passagen generiert".
  ...words(`generate generated generates generating generation generiert generieren generierung génère générée générées
    générer génération genera generada generadas generar generación`),
]);

/** What retrieval fetches: passages, chunks, documents. */
const PASSAGES = words(`passage passages passagen chunk chunks chunked paragraph paragraphs extraits extrait fragment
  fragments fragmento fragmentos pasaje pasajes párrafo párrafos absatz absätze abschnitt abschnitte document documents doc docs documento documentos
  dokumente clause clauses cláusula cláusulas klausel klauseln artículo artículos snippet snippets excerpt excerpts section sections article articles`);

export const PARAPHRASES: Paraphrase[] = [
  {
    // A model watched in production and retrained: "monitoring of the score's drift … a monthly retraining job" is
    // model monitoring (docs/labeling.md rule 4) in a document whose named skills already show machine learning.
    // Retraining is the facet only models have: a sensor's drift, watched, is condition monitoring.
    skillId: "mlops",
    requires: "machine-learning",
    facets: [
      words(`monitoring monitor monitored monitors drift überwachung überwacht überwachen monitorización monitoreo
        monitorizado supervisión surveillance surveillé supervision`),
      words(`retrain retrained retrains retraining reentrenar reentrenado reentrenamos reentrenamiento réentraîner
        réentraîné réentraînement nachtrainiert nachtrainieren nachtraining`),
    ],
  },
  {
    skillId: "rag",
    requires: "llms",
    facets: [
      // Fetching, as a verb or as the component that does it (the retriever, a retrieval layer, a search).
      words(`retrieve retrieved retrieves retrieving fetch fetched fetches fetching pull pulled pulls pulling récupère récupérons récupérés
        récupérer recupera recuperamos recuperé recuperados abgerufen abrufen retrieval retriever retrievers
        search searches searched searching recherche cherche chercher cherché cherchés busca buscamos búsqueda
        recuperación recuperado recuperada récupération récupéré sucht suchen gesucht suche found gefunden gefundenen
        gefundene trouvés trouvées encontrados encontradas find finds finding trouve trouvent encuentra findet
        closest nearest proches parecidos ähnlichsten`),
      PASSAGES,
      ANSWERER,
      words(`answer answers answering reply replies quote quotes cite cites citing context réponse réponses rédige
        respuesta respuestas responde antwort antworten zitiert`),
    ],
  },
  {
    // Retrieval over a store of passages, in a document whose LLM work is the generation: "Retrieval runs over a
    // Qdrant collection of 12M documents", "chunks embedded in a Chroma collection … passages pulled back from that
    // store". Only a verb or noun of retrieving, never "search": semantic search alone is vector-database work.
    skillId: "rag",
    requires: "llms",
    facets: [
      words(`retrieve retrieved retrieves retrieving retrieval retriever retrievers fetch fetched fetches fetching pulled
        récupère récupérés récupération recupera recuperados recuperación abgerufen abrufen`),
      PASSAGES,
      words(`store stores stored index indexed indexes collection collections vector vectors embedded embedding embeddings
        qdrant weaviate pinecone chroma chromadb faiss pgvector milvus lancedb vectorielle vectorial vektordatenbank`),
    ],
  },
  {
    skillId: "ai-agents",
    requires: "llms",
    facets: [
      MODEL,
      words(`tool tools api apis outil outils herramienta herramientas werkzeug werkzeuge function functions fonctions
        funciones funktionen`),
      words(`decide decides deciding decided chooses choosing décide décider decida decidiendo entscheidet`),
      // The model acts in several steps: one decision is a classifier, a loop of them an agent.
      words(`steps step étapes étape pasos paso schritte schritt loop until next siguiente prochaine suivante nächsten
        enchaîne`),
    ],
  },
  {
    skillId: "prompt-engineering",
    requires: "llms",
    facets: [
      words(`wrote write writing drafted rewrote rewrite rewriting versioned iterated rédigé rédaction rédige rédiger écrire versionner
        redacté escribí redacción redactar escribir schrieb geschrieben schreiben formuliert formulieren réécrit réécrites
        réécrire reescribí reescrito reescribimos umgeschrieben überarbeitet`),
      words(`instructions prompt prompts consignes instrucciones anweisungen`),
      words(`model models llm gpt node nodes prompt prompts modèle modelo modell openai anthropic claude gemini
        mistral`),
    ],
  },
  {
    // The model's instructions measured change by change against a graded set, with no verb of writing or no model
    // named in the sentence: "kept rewriting the instructions we send … and checked each change against 300 graded
    // questions", "the instructions … in version control, each change gated by a test set of graded tickets".
    // Versions and a graded set are the facets a procedure's instructions lack ("rewrote the instructions for the night
    // shift and graded the trainees" names no change measured).
    skillId: "prompt-engineering",
    requires: "llms",
    facets: [
      words(`instructions consignes instrucciones anweisungen`),
      words(`change changes version versions variant variants cambio cambios versiones variantes modification
        modifications änderung änderungen versionen varianten`),
      words(`graded golden eval evals benchmark notées annotées calificadas anotadas bewertete bewerteten`),
    ],
  },
  {
    // A verb of working on the model's instructions with them as its object, in one phrase: "you'll own the prompts",
    // "design the instructions … those models read", "measuring prompt changes against an eval set". Its object
    // must follow closely: "Own evaluation: regression suites for prompts" owns the evaluation.
    skillId: "prompt-engineering",
    requires: "llms",
    within: 3,
    facets: [
      words(`design designed designing designs own owned owns owning craft crafted crafting author authored iterate iterated iterates
        iterating tune tuning measure measuring measured evaluate evaluating evaluated compare comparing compared
        version versioning test testing tested concevoir conçu conçus conçue concevez diseñar diseñé diseño diseñado
        diseñada diseñados diseñando diseñas entwerfen entworfen entwirfst`),
      words(`instructions prompt prompts consignes instrucciones anweisungen`),
    ],
  },
];
