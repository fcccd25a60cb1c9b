import { CONTEXT_LEXICON, type GuardName } from "./context";
import { TAXONOMY, type Form, type SkillDefinition } from "./taxonomy";
import { SCOPE_LEXICON } from "./aspiration";
import { SENSE_LEXICON } from "./sense";
import { formWords, Lexicon, WORD_USE } from "./tokens";

/** One surface form, ready to match: its words, and what it says about which skill. */
export interface Phrase {
  skillId: string;
  words: string[];
  caseSensitive: boolean;
  guard: GuardName | null;
  form: string;
  /** The second word in lower case, if the form has one: most candidates are ruled out by it before any other work. */
  secondWord: string | undefined;
}

export interface CompiledTaxonomy {
  skills: Map<string, SkillDefinition>;
  /** Phrases by their first word (lower case), longest first, so one lookup per token finds every candidate. */
  byFirstWord: Map<string, Phrase[]>;
  /**
   * Every skill's broader skills, transitively (deep-learning → machine-learning; langgraph → ai-agents → llms →
   * generative-ai).
   */
  broaderClosure: Map<string, string[]>;
  /**
   * Every word a stage looks up for every token (the forms' words, the sense stage's anchors and competing senses,
   * the scope stage's cue words, the guards' word lists), with the stages that do: the tokenizer marks each token
   * with them, and those loops skip every other word. A word broken across a line ("Lang-\nChain") is joined again
   * only when the joined word is a form's word (`WORD_USE.formWord`), so ordinary hyphenated words stay apart.
   */
  lexicon: Lexicon;
}

/** The spellings one written form stands for: itself, run together ("vector db" → "vectordb"), and its plural. */
function variants(words: string[], caseSensitive: boolean): string[][] {
  const out = [words];
  if (caseSensitive) return out;
  if (words.length > 1 && words.join("").length >= 4) out.push([words.join("")]);
  for (const base of [...out]) {
    const last = base.at(-1)!;
    if (/^\p{L}{4,}$/u.test(last) && !last.endsWith("s")) out.push([...base.slice(0, -1), `${last}s`]);
  }
  return out;
}

function toPhrases(skillId: string, form: Form): Phrase[] {
  const spec = typeof form === "string" ? { text: form } : form;
  const caseSensitive = spec.caseSensitive ?? false;
  const words = formWords(spec.text).map((w) => (caseSensitive ? w : w.toLowerCase()));
  return variants(words, caseSensitive).map((variant) => ({
    skillId,
    words: variant,
    caseSensitive,
    guard: spec.guard ?? null,
    form: spec.text,
    secondWord: variant[1]?.toLowerCase(),
  }));
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
  /** Every word a form contains, and every form written as one word. */
  const vocabulary = new Set<string>();
  const seen = new Set<string>();
  for (const skill of taxonomy) {
    for (const form of [...skill.forms, ...skill.tools]) {
      for (const phrase of toPhrases(skill.id, form)) {
        const key = `${skill.id}\u0000${phrase.caseSensitive}\u0000${phrase.words.join(" ")}\u0000${phrase.guard}`;
        const first = phrase.words[0]?.toLowerCase();
        if (!first || seen.has(key)) continue;
        seen.add(key);
        for (const word of phrase.words) vocabulary.add(word.toLowerCase());
        vocabulary.add(phrase.words.join("").toLowerCase());
        const list = byFirstWord.get(first) ?? [];
        list.push(phrase);
        byFirstWord.set(first, list);
      }
    }
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  const broaderClosure = new Map(taxonomy.map((skill) => [skill.id, closure(skills, skill.id)]));
  const lexicon = new Lexicon([
    [WORD_USE.formStart, byFirstWord.keys()],
    [WORD_USE.formWord, vocabulary],
    ...SENSE_LEXICON,
    ...SCOPE_LEXICON,
    ...CONTEXT_LEXICON,
  ]);
  return { skills, byFirstWord, broaderClosure, lexicon };
}

let compiled: CompiledTaxonomy | undefined;

/** The taxonomy compiled once per process. */
export function defaultTaxonomy(): CompiledTaxonomy {
  compiled ??= compileTaxonomy();
  return compiled;
}
