import { readFileSync } from "node:fs";
import wordListPath from "word-list";
import { TECHNICAL_WORDS } from "./technical-words";

/**
 * Some PDF producers draw "fi", "fl", "ff", "ffi", "ffl" as one ligature glyph with no text mapping, so the
 * letters vanish from the text layer: "nancial" for "financial", "StackOver ow" for "StackOverflow". This puts
 * them back, but only where the repair is certain:
 *  - only for a token that is not a word itself, and exactly one ligature at its start or end, or in the gap
 *    between it and the next fragment, makes it a dictionary word;
 *  - the dictionary is a 274,000-word English list plus the technical names in technical-words.ts, so only
 *    text that reads as English is repaired.
 */
const LIGATURES = ["ffi", "ffl", "ff", "fi", "fl"] as const;

/**
 * The English list kept as the file's one string, with a hash table of where each word starts: about 5 MB per
 * parser worker, where a Set of its 274,000 strings held 23 MB in each (and took longer to build).
 */
interface WordList {
  text: string;
  /** Open addressing, linear probing: a word's start offset plus one, 0 for an empty slot. */
  slots: Uint32Array;
}

/** 2^19 slots for 274,000 words: about half full, so a probe rarely looks past two slots. */
const SLOT_BITS = 19;
const NEWLINE = 10;

let english: WordList | null = null;
let technical: Set<string> | null = null;

/** FNV-1a over `text[start, end)`. */
function hashOf(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> (32 - SLOT_BITS);
}

function englishList(): WordList {
  if (english) return english;
  const text = readFileSync(wordListPath, "utf8");
  const slots = new Uint32Array(1 << SLOT_BITS);
  const mask = slots.length - 1;
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    if (end > start) {
      let slot = hashOf(text, start, end);
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = start + 1;
    }
    start = end + 1;
  }
  english = { text, slots };
  return english;
}

/** Whether the word starting at `start` of `text` is exactly `word`, without making a string of it. */
function wordAt(text: string, start: number, word: string): boolean {
  for (let i = 0; i < word.length; i++) if (text.charCodeAt(start + i) !== word.charCodeAt(i)) return false;
  const after = start + word.length;
  return after === text.length || text.charCodeAt(after) === NEWLINE;
}

/** Whether `word` (already lower-case) is in the dictionary. */
function hasWord(word: string): boolean {
  technical ??= new Set(TECHNICAL_WORDS);
  if (technical.has(word)) return true;
  if (word.length === 0) return false;
  const { text, slots } = englishList();
  const mask = slots.length - 1;
  for (let slot = hashOf(word, 0, word.length); slots[slot] !== 0; slot = (slot + 1) & mask) {
    if (wordAt(text, slots[slot]! - 1, word)) return true;
  }
  return false;
}

/** True for an English word or a technical name of technical-words.ts (any case). */
export function isDictionaryWord(token: string): boolean {
  return hasWord(token.toLowerCase());
}

/** Whether the repair treats `token` as a word (English, or a technical name), in any case shape. */
export function isWord(token: string): boolean {
  const lower = token.toLowerCase();
  if (hasWord(lower)) return true;
  // A capitalised compound ("StackOverflow", "DataFrame") is a word when its last part is.
  const tail = token.match(/[A-Z][a-z]+$/)?.[0];
  return tail !== undefined && tail.length < token.length && hasWord(tail.toLowerCase());
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

/**
 * Function words that tell English from the other languages resumes arrive in (French, Spanish, German). The
 * English list would "repair" their words ("que" → "fique", "tes" → "ftes"), so text whose function words are
 * mostly theirs is left as it is: a language's commonest words are in every paragraph, however short.
 */
const ENGLISH_FUNCTION_WORDS = new Set("the and with for of to in on at from by is are was were that this as an or into over".split(" "));
const OTHER_FUNCTION_WORDS = new Set(
  [
    "le la les des du et pour avec dans une est sur aux au chez",
    "el los las del y para con una por que es al como",
    "der die das und mit für von zu den dem ein eine ist im auf bei",
  ]
    .join(" ")
    .split(" "),
);

/** Whether a word (lower case) is a function word of one of the four languages ("the", "des", "que", "und"). */
export const isFunctionWord = (word: string) => ENGLISH_FUNCTION_WORDS.has(word) || OTHER_FUNCTION_WORDS.has(word);

function readsAsEnglish(text: string): boolean {
  let english = 0;
  let other = 0;
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (ENGLISH_FUNCTION_WORDS.has(word)) english++;
    else if (OTHER_FUNCTION_WORDS.has(word)) other++;
  }
  return english >= other;
}

export function repairDroppedLigatures(text: string): LigatureRepair {
  // The dictionary can vouch for a repair only in English text.
  if (!readsAsEnglish(text)) return { text, repaired: 0 };
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
