/** A word of the text, with where it stands: the matcher works on these rather than on raw characters. */
export interface Token {
  raw: string;
  lower: string;
  start: number;
  end: number;
  line: number;
}

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
  let lineScan = 0;
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    let breaks = 0;
    for (let i = lineScan; i < start; i++) if (text.charCodeAt(i) === 10) breaks++;
    line += breaks;
    lineScan = start;
    const raw = match[0];
    const previous = tokens.at(-1);
    const after = previous ? text.charCodeAt(previous.end) : 0;
    const maybeBroken = after === 0xad || (after === 45 && breaks === 1);
    if (vocabulary && previous && maybeBroken && breaks <= 1 && BROKEN_WORD.test(text.slice(previous.end, start))) {
      const joined = previous.lower + raw.toLowerCase();
      if (vocabulary.has(joined)) {
        previous.raw += raw;
        previous.lower = joined;
        previous.end = start + raw.length;
        continue;
      }
    }
    tokens.push({ raw, lower: raw.toLowerCase(), start, end: start + raw.length, line });
  }
  return tokens;
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
