/**
 * A word of the text, with where it stands: the matcher works on these rather than on raw characters. Its strings
 * are made only when a stage asks for them: most words of a resume are never compared with anything, and making a
 * string per word was most of the matcher's time.
 */
export class Token {
  /** Set when the word was joined across a line break: the line its second half stands on. */
  endLine: number | undefined = undefined;
  /** Whether the word was joined from two halves (across a soft hyphen or a line break): its text differs from the text's. */
  joined = false;
  private rawText: string | undefined;
  private lowerText: string | undefined;

  constructor(
    private readonly text: string,
    public start: number,
    public end: number,
    public line: number,
    /**
     * The word in lower case when the lexicon holds it, else undefined. Every word a stage looks up in bulk is in
     * the lexicon (compile.ts), so a loop over all tokens skips the others without making their strings.
     */
    public known: string | undefined,
    /** Which stages look the word up (`WORD_USE` bits); 0 for a word the lexicon does not hold. */
    public uses: number,
    /** Whether the word is written in lower case already (its raw text is its lower-case text). */
    plain: boolean,
  ) {
    if (plain && known !== undefined) this.rawText = known;
  }

  /** The word as written. */
  get raw(): string {
    this.rawText ??= this.text.slice(this.start, this.end);
    return this.rawText;
  }

  /** The word in lower case. */
  get lower(): string {
    this.lowerText ??= this.known ?? this.raw.toLowerCase();
    return this.lowerText;
  }

  /** Makes this token the word joined with `second`, written across a soft hyphen or a line break. */
  joinWith(second: Token, joined: string, lexicon: Lexicon): void {
    this.joined = true;
    this.rawText = this.raw + second.raw;
    this.lowerText = joined;
    const index = lexicon.indexOf(joined);
    this.known = lexicon.word(index);
    this.uses = lexicon.usesOf(index);
    this.end = second.end;
    if (second.line !== this.line) this.endLine = second.line;
  }
}

/** The hash of a lower-case word, one char code at a time: the tokenizer computes it while it scans the word. */
const hashStep = (hash: number, code: number) => (Math.imul(hash, 31) + code) | 0;

/**
 * Which stage looks a word up for every token, as bits: the lexicon keeps them per word, so a loop over all tokens
 * tests a bit rather than a set of strings.
 */
export const WORD_USE = {
  /** The first word of a taxonomy form (compile.ts). */
  formStart: 1,
  /** Any word of a taxonomy form, or a form written as one word. */
  formWord: 2,
  /** An anchor of the sense stage (sense-rules.ts). */
  anchor: 4,
  /** A word of a competing sense (sense-rules.ts). */
  competing: 8,
  /** The first word of a scope cue of some shape (aspiration.ts). */
  cueStart: 16,
  /** The first word of any scope cue, the per-line test's list (aspiration.ts). */
  anyCueStart: 32,
  /** A word of a guard's list (context-words.ts). */
  contextWord: 64,
} as const;

/**
 * A set of lower-case words, each with its `WORD_USE` bits, found from a word's char codes: the tokenizer learns
 * whether a word of the text is known without making a string of it. An open-addressing table of the words'
 * indexes, keyed by `hashStep`.
 */
export class Lexicon {
  private readonly words: string[] = [];
  private readonly uses: number[] = [];
  private readonly byString = new Map<string, number>();
  private readonly slots: Int32Array;
  private readonly mask: number;

  constructor(groups: Iterable<readonly [use: number, words: Iterable<string>]>) {
    for (const [use, words] of groups) {
      for (const word of words) {
        if (word.length === 0) continue;
        const index = this.byString.get(word);
        if (index !== undefined) {
          this.uses[index]! |= use;
          continue;
        }
        this.byString.set(word, this.words.length);
        this.words.push(word);
        this.uses.push(use);
      }
    }
    let size = 16;
    while (size < this.words.length * 4) size *= 2;
    this.slots = new Int32Array(size).fill(-1);
    this.mask = size - 1;
    for (let index = 0; index < this.words.length; index++) {
      let slot = hashOf(this.words[index]!) & this.mask;
      while (this.slots[slot] !== -1) slot = (slot + 1) & this.mask;
      this.slots[slot] = index;
    }
  }

  /** The index of the known word a string spells, or -1. */
  indexOf(word: string): number {
    return this.byString.get(word) ?? -1;
  }

  /**
   * The index of the known word that `text[start, end)` spells once its ASCII capitals are folded (the caller has
   * checked the range is ASCII and passes its folded hash), or -1.
   */
  indexOfAscii(text: string, start: number, end: number, hash: number): number {
    const length = end - start;
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const index = this.slots[slot]!;
      if (index === -1) return -1;
      const word = this.words[index]!;
      if (word.length === length && spells(text, start, word)) return index;
    }
  }

  /** The word at an index from `indexOf`, or undefined for -1. */
  word(index: number): string | undefined {
    return index < 0 ? undefined : this.words[index];
  }

  /** The `WORD_USE` bits of the word at an index from `indexOf`, or 0 for -1. */
  usesOf(index: number): number {
    return index < 0 ? 0 : this.uses[index]!;
  }
}

function hashOf(word: string): number {
  let hash = 0;
  for (let i = 0; i < word.length; i++) hash = hashStep(hash, word.charCodeAt(i));
  return hash;
}

/** Whether the ASCII text at `start` is `word` once its capitals are folded. */
function spells(text: string, start: number, word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    let code = text.charCodeAt(start + i);
    if (code >= 65 && code <= 90) code += 32;
    if (code !== word.charCodeAt(i)) return false;
  }
  return true;
}

/** Form words are split the way the scanner in `tokenize` splits text. */
const WORD = /[\p{L}\p{N}]+/gu;
/** Between the halves of a word broken by a soft hyphen, or by a hyphen at the end of a line. */
const BROKEN_WORD = /^(?:\u00AD[ ]*\n?[ ]*|-[ ]*\n[ ]*)$/;

/**
 * Splits text into word tokens. Punctuation and spaces separate words; what separated them is kept by offsets.
 * A word broken by a soft hyphen or across a line ("Lang-\nChain") is one token again when the joined word is in
 * `vocabulary`; the token keeps the line of its first half. `lexicon` says which words are known (`Token.known`).
 */
export function tokenize(text: string, lexicon: Lexicon, vocabulary?: Set<string>): Token[] {
  const tokens: Token[] = [];
  let line = 0;
  let breaks = 0;
  let i = 0;
  let previous: Token | undefined;
  const length = text.length;
  // A hand-written scanner: this loop is most of the tokenizer's time, and a regex iterator costs twice as much.
  while (i < length) {
    const code = text.charCodeAt(i);
    if (code < 128 ? ASCII_KIND[code] === NOT_WORD : !isWordChar(text, code, i)) {
      if (code === 10) {
        line++;
        breaks++;
      }
      i++;
      continue;
    }
    const start = i;
    // Whether the word is all lower case already, and whether it is all ASCII (its lower case is then a fold of
    // A–Z, hashed as it is scanned, so the lexicon is asked without making a string).
    let plain = true;
    let ascii = true;
    let hash = 0;
    // charCodeAt is never called past the end: its NaN there would make `c` a float and slow the whole loop.
    for (; i < length; i++) {
      let c = text.charCodeAt(i);
      if (c < 128) {
        const kind = ASCII_KIND[c];
        if (kind === NOT_WORD) break;
        if (kind === CAPITAL) {
          plain = false;
          c += 32;
        }
        hash = hashStep(hash, c);
      } else if (isWordChar(text, c, i)) {
        plain = false;
        ascii = false;
      } else break;
    }
    const index = ascii ? lexicon.indexOfAscii(text, start, i, hash) : lexicon.indexOf(text.slice(start, i).toLowerCase());
    const token = new Token(text, start, i, line, lexicon.word(index), lexicon.usesOf(index), plain);
    if (vocabulary && previous && breaks <= 1) {
      const after = text.charCodeAt(previous.end);
      if ((after === 0xad || (after === 45 && breaks === 1)) && BROKEN_WORD.test(text.slice(previous.end, start))) {
        const joined = previous.lower + token.lower;
        if (vocabulary.has(joined)) {
          previous.joinWith(token, joined, lexicon);
          breaks = 0;
          continue;
        }
      }
    }
    previous = token;
    tokens.push(token);
    breaks = 0;
  }
  return tokens;
}

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
const NOT_WORD = 0;
const LOWER_OR_DIGIT = 1;
const CAPITAL = 2;
const ASCII_KIND = new Uint8Array(128);
for (let code = 48; code <= 57; code++) ASCII_KIND[code] = LOWER_OR_DIGIT;
for (let code = 97; code <= 122; code++) ASCII_KIND[code] = LOWER_OR_DIGIT;
for (let code = 65; code <= 90; code++) ASCII_KIND[code] = CAPITAL;

/** Per char code of the Basic Multilingual Plane, whether it is a letter or a digit: 0 not asked yet, 1 yes, 2 no. */
const WIDE_KIND = new Uint8Array(65536);

/** Whether the character at `at` (code `code`, 128 or above) is a letter or a digit. */
function isWordChar(text: string, code: number, at: number): boolean {
  // Astral characters (surrogate pairs) are tested as a whole code point.
  if (code >= 0xd800 && code <= 0xdbff) return LETTER_OR_DIGIT.test(text.slice(at, at + 2));
  // Every other character answers the same wherever it stands: the pattern is asked once per character per process.
  let kind = WIDE_KIND[code]!;
  if (kind === 0) WIDE_KIND[code] = kind = code !== 0xad && LETTER_OR_DIGIT.test(String.fromCharCode(code)) ? 1 : 2;
  return kind === 1;
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
