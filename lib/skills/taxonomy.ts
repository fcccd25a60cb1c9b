import type { GuardName } from "./context";
import { LLM_SKILLS } from "./taxonomy-llm";
import { ML_SKILLS } from "./taxonomy-ml";
import { PLATFORM_SKILLS } from "./taxonomy-platforms";
import { RETRIEVAL_SKILLS } from "./taxonomy-retrieval";

/**
 * The skill taxonomy, as data. Each skill's `forms` name the skill itself; `tools` name products and techniques
 * whose use implies it (docs/labeling.md rule 4); `broader` lists the skills it implies in turn (rule 5).
 *
 * A form is written as words separated by spaces: in the text, words may be joined by spaces, hyphens, slashes or
 * line breaks, so "multi agent" also matches "multi-agent". `compile.ts` adds the run-together spelling of a
 * multi-word form ("vector db" → "vectordb") and the plural of a long last word ("vector store" → "vector stores"),
 * so only spellings those rules cannot produce (abbreviations, misspellings, other languages) are listed.
 * Matching ignores case unless `caseSensitive` is set (short forms that are ordinary words or substrings in other
 * casings: RAG, ML). A `guard` names the context rule in `context.ts` that must accept the surrounding text before
 * an ambiguous form counts.
 *
 * Adding a skill or an alias is one edit in one of the taxonomy-*.ts files.
 */
export type Form = string | { text: string; caseSensitive?: boolean; guard?: GuardName };

export type SkillLayer = "concept" | "framework" | "foundation";

export interface SkillDefinition {
  id: string;
  name: string;
  /** Where a gap in this skill sits in a study plan: concepts first, then frameworks, then foundations. */
  layer: SkillLayer;
  broader: string[];
  forms: Form[];
  tools: Form[];
  /** One line a candidate reads beside the gap: why employers ask for it. */
  why: string;
}

const byId = new Map([...ML_SKILLS, ...LLM_SKILLS, ...RETRIEVAL_SKILLS, ...PLATFORM_SKILLS].map((skill) => [skill.id, skill]));

/** The snapshot's order (docs/architecture.md's stable ids), which is also the order a report lists skills in. */
const ORDER = [
  "machine-learning",
  "deep-learning",
  "llms",
  "generative-ai",
  "rag",
  "prompt-engineering",
  "ai-agents",
  "vector-databases",
  "langchain",
  "mlops",
  "openai",
  "langgraph",
  "anthropic",
  "multi-agent-frameworks",
  "hugging-face",
  "gemini",
];

export const TAXONOMY: SkillDefinition[] = [
  ...ORDER.map((id) => byId.get(id)!),
  ...[...byId.values()].filter((skill) => !ORDER.includes(skill.id)),
];

export const TAXONOMY_BY_ID = new Map(TAXONOMY.map((skill) => [skill.id, skill]));
