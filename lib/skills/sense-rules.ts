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

/** Guards whose forms are ambiguous enough to need corroboration beyond the guard's own window. */
export const NEEDS_CORROBORATION = new Set([
  "techContext",
  "corroborated",
  "neuralLanguageModel",
  "neuralNet",
  "softwareAgent",
  "llmMultiAgent",
  "neuralTransformer",
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
  softwareAgent: W.HUMAN_AGENT_WORDS,
  geminiModel: W.NOT_GEMINI_MODEL,
  claudeModel: W.PERSON_TITLES,
  neuralNetwork: W.NEURO_WORDS,
};
/** How many words of another sense make a document speak it. */
export const COMPETING_MIN = 3;

export const CORROBORATION = { document: 2, bullet: 1, listSection: 1, section: 3 } as const;

/**
 * Forms whose other senses are rare enough that the document as a whole decides: "RAG" outside a status report
 * reads as retrieval in any resume that holds one anchor.
 */
export const LOOSE_CORROBORATION: Partial<Record<string, { document: number }>> = { ragSense: { document: 1 } };
