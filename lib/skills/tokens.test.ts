import { describe, expect, it } from "vitest";
import { SCOPE_LEXICON } from "./aspiration";
import { compileTaxonomy } from "./compile";
import * as CONTEXT_WORDS from "./context-words";
import { ANCHOR_WORDS, COMPETING_SENSES, PARAPHRASES } from "./sense-rules";
import { joinable, tokenize, WORD_USE } from "./tokens";

const taxonomy = compileTaxonomy();
const phrases = [...taxonomy.byFirstWord.values()].flat();

/**
 * Every list a per-token loop reads through a `WORD_USE` bit, taken from where the rules keep it rather than from
 * the lexicon: a word the lexicon misses is a word that loop never sees, and nothing else would say so.
 */
const SOURCES: [name: keyof typeof WORD_USE, words: Iterable<string>][] = [
  ["formStart", taxonomy.byFirstWord.keys()],
  ["formWord", phrases.flatMap((phrase) => [...phrase.words, phrase.words.join("")].map((word) => word.toLowerCase()))],
  ["anchor", ANCHOR_WORDS],
  ["competing", Object.values(COMPETING_SENSES).flatMap((words) => [...(words ?? [])])],
  ["paraphraseFacet", PARAPHRASES.flatMap((rule) => rule.facets.flatMap((facet) => [...facet]))],
  ...SCOPE_LEXICON.map(([use, words]): [keyof typeof WORD_USE, Iterable<string>] => [nameOf(use), words]),
  ["contextWord", Object.values(CONTEXT_WORDS).flatMap((value) => (value instanceof Set ? [...value] : []))],
];

/**
 * Entries the tokenizer can never produce, so no token reaches them: "transformer's" is read as "transformer" and
 * "s". Listed here so every other entry stays checked; dropping it from context-words.ts changes no result.
 */
const NEVER_A_TOKEN = new Set(["transformer's"]);

/** The word as a text may write it: as listed, and in capitals where their lower case is the word again ("groß"). */
const writings = (word: string) => (word.toUpperCase().toLowerCase() === word ? [word, word.toUpperCase()] : [word]);

function nameOf(use: number): keyof typeof WORD_USE {
  const name = (Object.keys(WORD_USE) as (keyof typeof WORD_USE)[]).find((key) => WORD_USE[key] === use);
  if (!name) throw new Error(`no WORD_USE bit is ${use}`);
  return name;
}

describe("the lexicon", () => {
  it("has a word list behind every WORD_USE bit", () => {
    const listed = new Set(SOURCES.filter(([, words]) => [...words].length > 0).map(([name]) => name));
    expect([...listed].sort()).toEqual(Object.keys(WORD_USE).sort());
  });

  it("gives every word of those lists its bit back when the text holds it, in any case", () => {
    const missed: string[] = [];
    for (const [name, words] of SOURCES) {
      for (const word of words) {
        if (NEVER_A_TOKEN.has(word)) continue;
        for (const written of writings(word)) {
          const tokens = tokenize(written, taxonomy.lexicon);
          const token = tokens[0];
          if (tokens.length !== 1 || token?.lexiconWord !== word || (token.uses & WORD_USE[name]) === 0) missed.push(`${name}: ${written}`);
        }
      }
    }
    expect(missed).toEqual([]);
  });

  it("leaves a word no list holds unknown, with no bits", () => {
    const [token] = tokenize("Zyxwvut", taxonomy.lexicon);
    expect(token?.lexiconWord).toBeUndefined();
    expect(token?.uses).toBe(0);
    expect(token?.lower).toBe("zyxwvut");
  });
});

describe("tokenize", () => {
  it("keeps a word of astral letters one token, never halves of surrogate pairs", () => {
    expect(tokenize("𝐋𝐚𝐧𝐠𝐂𝐡𝐚𝐢𝐧", taxonomy.lexicon).map((token) => token.raw)).toEqual(["𝐋𝐚𝐧𝐠𝐂𝐡𝐚𝐢𝐧"]);
    expect(tokenize("built 𝐑𝐀𝐆 apps", taxonomy.lexicon).map((token) => token.raw)).toEqual(["built", "𝐑𝐀𝐆", "apps"]);
    // An emoji is no letter: it separates words as punctuation does.
    expect(tokenize("RAG🚀agents", taxonomy.lexicon).map((token) => token.raw)).toEqual(["RAG", "agents"]);
  });

  it("joins a form's word broken across a line into one token that spans both halves, and no other word", () => {
    const text = "Built on Lang-\nChain and Py\u00ADTorch, not well-\nknown";
    const tokens = tokenize(text, taxonomy.lexicon);
    expect(tokens.map((token) => token.raw)).toEqual(["Built", "on", "LangChain", "and", "PyTorch", "not", "well", "known"]);
    const langchain = tokens[2]!;
    expect([langchain.lower, langchain.joined, langchain.line, langchain.endLine]).toEqual(["langchain", true, 0, 1]);
    expect(text.slice(langchain.start, langchain.end)).toBe("Lang-\nChain");
    expect(langchain.uses & WORD_USE.formStart).not.toBe(0);
  });
});

describe("joinable", () => {
  const pair = (text: string, a: string, b: string) => {
    const tokens = tokenize(text, taxonomy.lexicon);
    const at = (word: string) => tokens.find((token) => token.raw === word)!;
    return joinable(text, at(a), at(b));
  };
  it("joins a phrase wrapped onto a line indented under its bullet's text, never across a wide gap on one line", () => {
    expect(pair("  - Reescribí las instrucciones\n    del sistema", "instrucciones", "del")).toBe(true);
    expect(pair("• Tuned the system\n      prompt", "system", "prompt")).toBe(true);
    expect(pair("Wrote the system        prompt", "system", "prompt")).toBe(false);
    expect(pair("the system\n\n    prompt", "system", "prompt")).toBe(false);
  });
});
