import { readFileSync } from "node:fs";
import wordListPath from "word-list";
import { TECHNICAL_WORDS } from "./technical-words";

/**
 * Some PDF producers draw "fi", "fl", "ff", "ffi", "ffl" as one ligature glyph with no text mapping, so the
 * letters vanish from the text layer: "nancial" for "financial", "StackOver ow" for "StackOverflow". This puts
 * them back, but only where the repair is certain:
 *  - only for a token that is not a word itself, and exactly one ligature at its start or end, or in the gap
 *    between it and the next fragment, makes it a dictionary word;
 *  - the dictionary is a 274,000-word English list plus the technical names in technical-words.ts.
 */
const LIGATURES = ["ffi", "ffl", "ff", "fi", "fl"] as const;

let dictionary: Set<string> | null = null;

function words(): Set<string> {
  if (dictionary) return dictionary;
  const set = new Set(readFileSync(wordListPath, "utf8").split("\n"));
  for (const word of TECHNICAL_WORDS) set.add(word);
  dictionary = set;
  return set;
}

/** True for an English word or a technical name of technical-words.ts (any case). */
export function isDictionaryWord(token: string): boolean {
  return words().has(token.toLowerCase());
}

/** Whether the repair treats `token` as a word (English, or a technical name), in any case shape. */
export function isWord(token: string): boolean {
  const lower = token.toLowerCase();
  if (words().has(lower)) return true;
  // A capitalised compound ("StackOverflow", "DataFrame") is a word when its last part is.
  const tail = token.match(/[A-Z][a-z]+$/)?.[0];
  return tail !== undefined && tail.length < token.length && words().has(tail.toLowerCase());
}

/**
 * Every way of putting one missing ligature at the start or end of `token` that yields a word. A glyph dropped
 * inside a word leaves a visible gap, so the layout reader splits the word in two (repaired as a pair).
 */
function insertions(token: string, ligatures: readonly string[]): string[] {
  const found = new Set<string>();
  // Keep the case shape: "Nancial" → "Financial", "nancial" → "financial".
  const capital = /^[A-Z][a-z]/.test(token);
  for (const ligature of ligatures) {
    const start = capital ? ligature[0]!.toUpperCase() + ligature.slice(1) + token[0]!.toLowerCase() + token.slice(1) : ligature + token;
    for (const candidate of [start, token + ligature]) if (isWord(candidate)) found.add(candidate);
  }
  return [...found];
}

export interface LigatureRepair {
  text: string;
  repaired: number;
}

export function repairDroppedLigatures(text: string): LigatureRepair {
  const ligatures = LIGATURES;
  let repaired = 0;
  // A word that lost a ligature in its middle often comes out as two tokens ("exempli ed", "StackOver ow").
  const joined = text
    .split("\n")
    .map((line) => {
      const tokens = line.split(" ");
      for (let i = 0; i + 1 < tokens.length; i++) {
        const left = tokens[i]!;
        const right = tokens[i + 1]!;
        if (!/^[A-Za-z]{2,}$/.test(left) || !/^[a-z]{1,8}[.,;:]?$/.test(right)) continue;
        const tail = right.match(/[.,;:]$/)?.[0] ?? "";
        const rest = right.slice(0, right.length - tail.length);
        // Two real words stay apart unless the second is a fragment too short to stand alone.
        if (isWord(left) && isWord(rest) && rest.length > 2) continue;
        const options = ligatures.map((ligature) => left + ligature + rest).filter(isWord);
        if (options.length !== 1) continue;
        tokens.splice(i, 2, options[0]! + tail);
        repaired++;
      }
      return tokens.join(" ");
    })
    .join("\n");
  // Bounded: no English word is longer, and a long letter run is then tried once, not once per position.
  const result = joined.replace(/\b[A-Za-z]{3,48}\b/g, (token) => {
    // Product names with inner capitals ("CircleCI") are left alone: the dictionary cannot vouch for them.
    if (isWord(token) || !/^[A-Z]?[a-z]+$/.test(token)) return token;
    const options = insertions(token, ligatures);
    if (options.length !== 1) return token;
    repaired++;
    return options[0]!;
  });
  return { text: result, repaired };
}
