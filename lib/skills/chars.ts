/** Character classes by char code, and the line helpers built on them: the per-character tests every stage shares. */

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** White space as `\s` matches it and `trim` removes it. */
export const isSpace = (code: number) =>
  code === 32 ||
  (code >= 9 && code <= 13) ||
  code === 0xa0 ||
  code === 0x1680 ||
  (code >= 0x2000 && code <= 0x200a) ||
  code === 0x2028 ||
  code === 0x2029 ||
  code === 0x202f ||
  code === 0x205f ||
  code === 0x3000 ||
  code === 0xfeff;

/** Lower-cases an ASCII capital's char code; every other code stays. */
export const lowerAscii = (code: number) => (code >= 65 && code <= 90 ? code + 32 : code);

/** Whether a char code is the first half of a surrogate pair (an astral character). */
export const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/** Whether a char code is the second half of a surrogate pair. */
export const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Where a line's text starts once trimmed: the index of its first non-space character, or -1 for a blank line. */
export function firstNonSpace(line: string): number {
  for (let i = 0; i < line.length; i++) if (!isSpace(line.charCodeAt(i))) return i;
  return -1;
}

/** The index of a line's last non-space character, or -1 for a blank line. */
export function lastNonSpace(line: string): number {
  for (let i = line.length - 1; i >= 0; i--) if (!isSpace(line.charCodeAt(i))) return i;
  return -1;
}

/** What an ASCII character is to the tokenizer, per char code: a table read beats three range tests per character. */
export const NOT_WORD = 0;
export const LOWER_OR_DIGIT = 1;
export const CAPITAL = 2;
export const ASCII_KIND = new Uint8Array(128);
for (let code = 48; code <= 57; code++) ASCII_KIND[code] = LOWER_OR_DIGIT;
for (let code = 97; code <= 122; code++) ASCII_KIND[code] = LOWER_OR_DIGIT;
for (let code = 65; code <= 90; code++) ASCII_KIND[code] = CAPITAL;

/** Per char code of the Basic Multilingual Plane, whether it is a letter or a digit: 0 not asked yet, 1 yes, 2 no. */
const WIDE_KIND = new Uint8Array(65536);

/** Whether the character at `at` (code `code`, 128 or above) is a letter or a digit. */
export function isWordChar(text: string, code: number, at: number): boolean {
  // Astral characters (surrogate pairs) are tested as a whole code point.
  if (isHighSurrogate(code)) return LETTER_OR_DIGIT.test(text.slice(at, at + 2));
  // Every other character answers the same wherever it stands: the pattern is asked once per character per process.
  let kind = WIDE_KIND[code]!;
  if (kind === 0) WIDE_KIND[code] = kind = code !== 0xad && LETTER_OR_DIGIT.test(String.fromCharCode(code)) ? 1 : 2;
  return kind === 1;
}

/**
 * Abbreviations whose full stop ends no sentence: "e.g. for embeddings", "(z. B. PyTorch)", "Pinecone vs. Weaviate",
 * "Sprachmodelle o. Ä.: keine" (the German "or the like" closing a list, whose label's value follows it).
 */
const ABBREVIATION = /\b(?:e\.g|i\.e|z\. ?B|d\. ?h|u\. ?a|[ou]\. ?Ä|bzw|etc|incl|approx|vs|ca|p\. ?ej|p\. ?ex|cf|resp)\./giu;
/** The text with its abbreviations' full stops masked (same length, so columns hold), before sentence ends are looked for. */
export const maskAbbreviations = (text: string) =>
  text.includes(".") ? text.replace(ABBREVIATION, (m) => m.replace(/\./g, "\u2024")) : text;

/** A sentence's end: a full stop, question or exclamation mark before a space or the end of the text. */
const SENTENCE_END = /[.!?](?:\s|$)/;
/**
 * Where the first sentence of a text ends once its abbreviations are masked, or -1. Masking only hides full stops, so
 * a text with no end unmasked has none masked: most texts are settled without the abbreviation pattern.
 */
export function sentenceEnd(text: string): number {
  if (!SENTENCE_END.test(text)) return -1;
  return SENTENCE_END.exec(maskAbbreviations(text))?.index ?? -1;
}
