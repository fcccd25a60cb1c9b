/** A word of the text, with where it stands: the matcher works on these rather than on raw characters. */
export interface Token {
  raw: string;
  lower: string;
  start: number;
  end: number;
  line: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Splits text into word tokens. Punctuation and spaces separate words; what separated them is kept by offsets. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let line = 0;
  let lineScan = 0;
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    // Count the line breaks between the previous token and this one.
    for (let i = lineScan; i < start; i++) if (text.charCodeAt(i) === 10) line++;
    lineScan = start;
    const raw = match[0];
    tokens.push({ raw, lower: raw.toLowerCase(), start, end: start + raw.length, line });
  }
  return tokens;
}

/** Splits a form such as "gpt-4o" or "claude 3.5" into the lower-case words it must match. */
export function formWords(form: string): string[] {
  return Array.from(form.matchAll(WORD), (m) => m[0]);
}

/**
 * Whether two words of the text may belong to one phrase: only spaces, a hyphen, a slash, an ampersand or a dot
 * between them, on the same line or wrapped onto the next. "machine, learning" or a blank line breaks a phrase.
 */
export function joinable(text: string, left: Token, right: Token): boolean {
  if (right.line - left.line > 1) return false;
  const gap = text.slice(left.end, right.start);
  return gap.length <= 4 && /^[ \t\n\-/&._]*$/.test(gap) && (gap.match(/\n/g)?.length ?? 0) <= 1;
}
