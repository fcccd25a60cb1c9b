import { ASCII_KIND, CAPITAL, isHighSurrogate, isLowSurrogate, isWordChar, lowerAscii, NOT_WORD } from "./chars";

/**
 * A word of the text, with where it stands: the matcher works on these rather than on raw characters. Its strings
 * are made only when a stage asks for them: most words of a resume are never compared with anything, and making a
 * string per word was most of the matcher's time.
 */
export class Token {
  /** Set when the word was joined across a line break: the line its second half stands on. */
  readonly endLine: number | undefined = undefined;
  /** Whether the word was joined from two halves (across a soft hyphen or a line break): its text differs from the text's. */
  readonly joined: boolean = false;
  private rawText: string | undefined;
  private lowerText: string | undefined;

  constructor(
    private readonly text: string,
    readonly start: number,
    readonly end: number,
    readonly line: number,
    /**
     * The word in lower case when the lexicon holds it, else undefined. Every word a stage looks up in bulk is in
     * the lexicon (compile.ts), so a loop over all tokens skips the others without making their strings.
     */
    readonly lexiconWord: string | undefined,
    /** Which stages look the word up (`WORD_USE` bits); 0 for a word the lexicon does not hold. */
    readonly uses: number,
    /** Whether the word is written in lower case already (its raw text is its lower-case text). */
    alreadyLower: boolean,
  ) {
    if (alreadyLower && lexiconWord !== undefined) this.rawText = lexiconWord;
  }

  /** The word as written. */
  get raw(): string {
    this.rawText ??= this.text.slice(this.start, this.end);
    return this.rawText;
  }

  /** The word in lower case. */
  get lower(): string {
    this.lowerText ??= this.lexiconWord ?? this.raw.toLowerCase();
    return this.lowerText;
  }

  /**
   * Makes this token the word joined with `second`, written across a soft hyphen or a line break: `joined` is the
   * two halves in lower case, `index` its place in the lexicon.
   */
  joinWith(second: Token, joined: string, index: number, lexicon: Lexicon): void {
    // Each half's text is read from its own range (or from the text kept by an earlier join), never through `raw`,
    // so moving `end` over the break cannot put the hyphen or the line break into the word, whatever the order below.
    const firstHalf = this.rawText ?? this.text.slice(this.start, this.end);
    const secondHalf = second.rawText ?? second.text.slice(second.start, second.end);
    this.rawText = firstHalf + secondHalf;
    this.lowerText = joined;
    // The fields a join changes are read-only everywhere else: only the tokenizer joins, before any stage reads them.
    const changes: Partial<Writable<Token>> = {
      joined: true,
      lexiconWord: lexicon.word(index),
      uses: lexicon.usesOf(index),
      end: second.end,
    };
    if (second.line !== this.line) changes.endLine = second.line;
    Object.assign(this, changes);
  }
}

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/** The hash of a lower-case word, one char code at a time: the tokenizer computes it while it scans the word. */
const hashStep = (hash: number, code: number) => (Math.imul(hash, 31) + code) | 0;

/**
 * Which stage looks a word up for every token, as bits: the lexicon keeps them per word, so a loop over all tokens
 * tests a bit rather than a set of strings.
 */
export const WORD_USE = {
  /** The first word of a taxonomy form (compile.ts). */
  formStart: 1,
  /** Any word of a taxonomy form, or a form written as one word: a word broken across a line is joined only into one of these (`tokenize`). */
  formWord: 2,
  /** An anchor of the sense stage (sense-rules.ts). */
  anchor: 4,
  /** A word of a competing sense (sense-rules.ts). */
  competing: 8,
  /** The first word of a scope cue of some shape (aspiration.ts). */
  cueStart: 16,
  /** The first word of any scope cue, the per-line test's list (aspiration.ts). */
  anyCueStart: 32,
  /** A word of a guard's list (context-words.ts): only such a token is looked up in one (context.ts). */
  contextWord: 64,
  /** A word of a paraphrase's facet (sense-rules.ts, PARAPHRASES): only such a token is looked up in one (sense.ts). */
  paraphraseFacet: 128,
} as const;

/** Words a stage looks up for every token, with the `WORD_USE` bit that stage tests: one entry of the lexicon's input. */
export type LexiconGroup = readonly [use: number, words: Iterable<string>];

/**
 * A set of lower-case words, each with its `WORD_USE` bits, found from a word's char codes: the tokenizer learns
 * whether a word of the text is known without making a string of it. An open-addressing table of the words'
 * indexes, keyed by `hashStep`, each beside its word's hash: a probe compares hashes in the table itself and reads
 * a word's string only when they agree (most words of a resume are not in the lexicon).
 */
export class Lexicon {
  private readonly words: string[] = [];
  private readonly uses: number[] = [];
  private readonly byString = new Map<string, number>();
  private readonly slots: Int32Array;
  private readonly mask: number;

  constructor(groups: Iterable<LexiconGroup>) {
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
    // Two entries per slot: the word's index (-1 for an empty slot), then the word's hash.
    this.slots = new Int32Array(size * 2).fill(-1);
    this.mask = size - 1;
    for (let index = 0; index < this.words.length; index++) {
      const hash = hashOf(this.words[index]!);
      let slot = spread(hash) & this.mask;
      while (this.slots[slot * 2] !== -1) slot = (slot + 1) & this.mask;
      this.slots[slot * 2] = index;
      this.slots[slot * 2 + 1] = hash;
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
    for (let slot = spread(hash) & this.mask; ; slot = (slot + 1) & this.mask) {
      const index = this.slots[slot * 2]!;
      if (index === -1) return -1;
      if (this.slots[slot * 2 + 1] !== hash) continue;
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

/** A word's hash with its high bits mixed into the low ones the table's slots are taken from. */
const spread = (hash: number) => Math.imul(hash ^ (hash >>> 16), 0x45d9f3b);

function hashOf(word: string): number {
  let hash = 0;
  for (let i = 0; i < word.length; i++) hash = hashStep(hash, word.charCodeAt(i));
  return hash;
}

/** Whether the ASCII text at `start` is `word` once its capitals are folded. */
function spells(text: string, start: number, word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    if (lowerAscii(text.charCodeAt(start + i)) !== word.charCodeAt(i)) return false;
  }
  return true;
}

/** Form words are split the way the scanner in `tokenize` splits text. */
const WORD = /[\p{L}\p{N}]+/gu;
/** Between the halves of a word broken by a soft hyphen, or by a hyphen at the end of a line. */
const BROKEN_WORD = /^(?:\u00AD[ ]*\n?[ ]*|-[ ]*\n[ ]*)$/;

/**
 * Splits text into word tokens. Punctuation and spaces separate words; what separated them is kept by offsets.
 * A word broken by a soft hyphen or across a line ("Lang-\nChain") is one token again when the joined word is a
 * form's word (`WORD_USE.formWord`); the token keeps the line of its first half. `lexicon` says which words are
 * known (`Token.lexiconWord`).
 */
export function tokenize(text: string, lexicon: Lexicon): Token[] {
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
    let alreadyLower = true;
    let ascii = true;
    let hash = 0;
    // charCodeAt is never called past the end: its NaN there would make `c` a float and slow the whole loop.
    for (; i < length; i++) {
      let c = text.charCodeAt(i);
      if (c < 128) {
        const kind = ASCII_KIND[c];
        if (kind === NOT_WORD) break;
        if (kind === CAPITAL) {
          alreadyLower = false;
          c += 32;
        }
        hash = hashStep(hash, c);
      } else if (isWordChar(text, c, i)) {
        alreadyLower = false;
        ascii = false;
        // An astral letter is two code units: step over both, or its second half would end the word.
        if (isHighSurrogate(c) && i + 1 < length && isLowSurrogate(text.charCodeAt(i + 1))) i++;
      } else break;
    }
    const index = ascii ? lexicon.indexOfAscii(text, start, i, hash) : lexicon.indexOf(text.slice(start, i).toLowerCase());
    const token = new Token(text, start, i, line, lexicon.word(index), lexicon.usesOf(index), alreadyLower);
    if (previous && breaks <= 1) {
      const after = text.charCodeAt(previous.end);
      if ((after === 0xad || (after === 45 && breaks === 1)) && BROKEN_WORD.test(text.slice(previous.end, start))) {
        const joined = previous.lower + token.lower;
        const joinedIndex = lexicon.indexOf(joined);
        if ((lexicon.usesOf(joinedIndex) & WORD_USE.formWord) !== 0) {
          previous.joinWith(token, joined, joinedIndex, lexicon);
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

/** Splits a form such as "gpt-4o" or "claude 3.5" into the words it must match. */
export function formWords(form: string): string[] {
  return Array.from(form.matchAll(WORD), (m) => m[0]);
}

/**
 * Whether two words of the text may belong to one phrase: only spaces, a hyphen (soft or hard), a slash, an
 * ampersand or a dot between them, on the same line or wrapped onto the next. "machine, learning" or a blank line
 * breaks a phrase. A wrapped line keeps its bullet's indentation ("instrucciones\n    del sistema"), so across a
 * line break the gap may be as long as an indented bullet's text is deep.
 */
export function joinable(text: string, left: Token, right: Token): boolean {
  const lines = right.line - left.line;
  if (lines > 1 || right.start - left.end > (lines === 0 ? 4 : WRAP_GAP)) return false;
  // A scan of the gap's char codes: every phrase's words ask this, and a slice and two patterns per pair cost more.
  let breaks = 0;
  for (let i = left.end; i < right.start; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) breaks++;
    else if (!JOINERS.has(code)) return false;
  }
  return breaks <= 1;
}
/** The longest gap across a line break: the break and the wrapped line's indentation under its bullet's text. */
const WRAP_GAP = 12;
/** The characters besides a line break that may stand between two words of one phrase: " -/&._" and the soft hyphen. */
const JOINERS = new Set(Array.from(" -/&._\u00AD", (char) => char.charCodeAt(0)));
