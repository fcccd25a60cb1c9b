/** A word of the text, with where it stands: the matcher works on these rather than on raw characters. */
export interface Token {
  raw: string;
  lower: string;
  start: number;
  end: number;
  line: number;
  /** Set when the word was joined across a line break: the line its second half stands on. */
  endLine?: number;
}

/** Form words are split the way the scanner in `tokenize` splits text. */
const WORD = /[\p{L}\p{N}]+/gu;
/** Between the halves of a word broken by a soft hyphen, or by a hyphen at the end of a line. */
const BROKEN_WORD = /^(?:\u00AD[ ]*\n?[ ]*|-[ ]*\n[ ]*)$/;

/**
 * Splits text into word tokens. Punctuation and spaces separate words; what separated them is kept by offsets.
 * A word broken by a soft hyphen or across a line ("Lang-\nChain") is one token again when the joined word is in
 * `vocabulary`; the token keeps the line of its first half.
 */
export function tokenize(text: string, vocabulary?: Set<string>): Token[] {
  const tokens: Token[] = [];
  let line = 0;
  let breaks = 0;
  let i = 0;
  let previous: Token | undefined;
  const length = text.length;
  // A hand-written scanner: this loop is most of the matcher's time, and a regex iterator costs twice as much.
  while (i < length) {
    const code = text.charCodeAt(i);
    if (code < 128 ? !isAsciiWordChar(code) : !isWordChar(text, code, i)) {
      if (code === 10) {
        line++;
        breaks++;
      }
      i++;
      continue;
    }
    const start = i;
    // Most words are already lower case: lower-casing only the others saves a string per token.
    let plain = true;
    // charCodeAt is never called past the end: its NaN there would make `c` a float and slow the whole loop.
    for (; i < length; i++) {
      const c = text.charCodeAt(i);
      if (c < 128) {
        if (!isAsciiWordChar(c)) break;
        if (c < 97 && c > 57) plain = false;
      } else if (isWordChar(text, c, i)) plain = false;
      else break;
    }
    const raw = text.slice(start, i);
    const lower = plain ? raw : raw.toLowerCase();
    if (vocabulary && previous && breaks <= 1) {
      const after = text.charCodeAt(previous.end);
      if ((after === 0xad || (after === 45 && breaks === 1)) && BROKEN_WORD.test(text.slice(previous.end, start))) {
        const joined = previous.lower + lower;
        if (vocabulary.has(joined)) {
          previous.raw += raw;
          previous.lower = joined;
          previous.end = i;
          if (line !== previous.line) previous.endLine = line;
          breaks = 0;
          continue;
        }
      }
    }
    // Every token has the same shape (endLine included), so the code that reads tokens sees one kind of object.
    previous = { raw, lower, start, end: i, line, endLine: undefined };
    tokens.push(previous);
    breaks = 0;
  }
  return tokens;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

const isAsciiWordChar = (code: number) => (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);

/** Whether the character at `at` (code `code`, 128 or above) is a letter or a digit. */
function isWordChar(text: string, code: number, at: number): boolean {
  if (code === 0xad) return false;
  // Astral characters (surrogate pairs) are tested as a whole code point.
  const char = code >= 0xd800 && code <= 0xdbff ? text.slice(at, at + 2) : text[at]!;
  return LETTER_OR_DIGIT.test(char);
}

/** Splits a form such as "gpt-4o" or "claude 3.5" into the words it must match. */
export function formWords(form: string): string[] {
  return Array.from(form.matchAll(WORD), (m) => m[0]);
}

/**
 * Whether two words of the text may belong to one phrase: only spaces, a hyphen (soft or hard), a slash, an
 * ampersand or a dot between them, on the same line or wrapped onto the next. "machine, learning" or a blank line
 * breaks a phrase.
 */
export function joinable(text: string, left: Token, right: Token): boolean {
  if (right.line - left.line > 1) return false;
  const gap = text.slice(left.end, right.start);
  return gap.length <= 4 && /^[ \n\-/&._\u00AD]*$/.test(gap) && (gap.match(/\n/g)?.length ?? 0) <= 1;
}
