import type { GuardName } from "./context";
import { TAXONOMY, type Form, type SkillDefinition } from "./taxonomy";
import { formWords } from "./tokens";

/** One surface form, ready to match: its words, and what it says about which skill. */
export interface Phrase {
  skillId: string;
  words: string[];
  caseSensitive: boolean;
  guard: GuardName | null;
  form: string;
}

export interface CompiledTaxonomy {
  skills: Map<string, SkillDefinition>;
  /** Phrases by their first word (lower case), longest first, so one lookup per token finds every candidate. */
  byFirstWord: Map<string, Phrase[]>;
  /** Every skill's broader skills, transitively (deep-learning → machine-learning; langgraph → ai-agents → llms → generative-ai). */
  broaderClosure: Map<string, string[]>;
}

function toPhrase(skillId: string, form: Form): Phrase {
  const spec = typeof form === "string" ? { text: form } : form;
  const words = formWords(spec.text);
  return {
    skillId,
    words: spec.caseSensitive ? words : words.map((w) => w.toLowerCase()),
    caseSensitive: spec.caseSensitive ?? false,
    guard: spec.guard ?? null,
    form: spec.text,
  };
}

function closure(skills: Map<string, SkillDefinition>, id: string, seen = new Set<string>()): string[] {
  for (const broader of skills.get(id)?.broader ?? []) {
    if (seen.has(broader)) continue;
    seen.add(broader);
    closure(skills, broader, seen);
  }
  return [...seen];
}

export function compileTaxonomy(taxonomy: SkillDefinition[] = TAXONOMY): CompiledTaxonomy {
  const skills = new Map(taxonomy.map((skill) => [skill.id, skill]));
  const byFirstWord = new Map<string, Phrase[]>();
  for (const skill of taxonomy) {
    for (const form of [...skill.forms, ...skill.tools]) {
      const phrase = toPhrase(skill.id, form);
      const first = phrase.words[0]?.toLowerCase();
      if (!first) continue;
      const list = byFirstWord.get(first) ?? [];
      list.push(phrase);
      byFirstWord.set(first, list);
    }
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  const broaderClosure = new Map(taxonomy.map((skill) => [skill.id, closure(skills, skill.id)]));
  return { skills, byFirstWord, broaderClosure };
}

let compiled: CompiledTaxonomy | undefined;

/** The taxonomy compiled once per process. */
export function defaultTaxonomy(): CompiledTaxonomy {
  compiled ??= compileTaxonomy();
  return compiled;
}

