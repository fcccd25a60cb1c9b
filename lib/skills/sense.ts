import type { SectionKind } from "./sections";
import { ANCHOR_WORDS, COMPETING_MIN, COMPETING_SENSES, CORROBORATION, LOOSE_CORROBORATION, PARAPHRASES } from "./sense-rules";
import { firstNonSpace, isSpace, lastNonSpace } from "./chars";
import { type LexiconGroup, type Token, WORD_USE } from "./tokens";

/**
 * The marks a line opens a new bullet with, rather than continuing the one above (a wrapped line); a number
 * ("1.", "12)") opens one too. Kept as code points, so a mark beyond the Basic Multilingual Plane is one whole
 * character, never the first half it shares with a block of emoji.
 */
const BULLET_MARKS = new Set(Array.from("-•●▪■◦‣∙·*>❖➢➤►▶✓✔–—", (mark) => mark.codePointAt(0)!));
/** The punctuation a sentence ends with: a line ending so leaves nothing open for the next line to go on. */
const SENTENCE_ENDS = new Set(Array.from(".!?:;", (mark) => mark.charCodeAt(0)));
const LOWER_CASE_START = /^\p{Ll}/u;

const isDigit = (code: number) => code >= 48 && code <= 57;
const closesNumber = (code: number) => code === 46 || code === 41; // . )

/** Whether the line opens a bullet at `first`, its first non-space character: a bullet mark, or "1." / "12)" and a space. */
function opensBullet(line: string, first: number): boolean {
  if (BULLET_MARKS.has(line.codePointAt(first)!)) return true;
  const code = line.charCodeAt(first);
  if (!isDigit(code)) return false;
  const digits = isDigit(line.charCodeAt(first + 1)) ? 2 : 1;
  // After two digits only "12." can open one: read as "1", the mark would have to stand where the "2" does.
  return closesNumber(line.charCodeAt(first + digits)) && isSpace(line.charCodeAt(first + digits + 1));
}

/**
 * Where unambiguous vocabulary stands in one document: counts per bullet, per section and in all. A bullet is a
 * bulleted line with the lines wrapped under it; a section runs from one heading to the next.
 */
export interface DocumentEvidence {
  bulletOf: number[];
  sectionOf: number[];
  bulletAnchors: number[];
  sectionAnchors: number[];
  documentAnchors: number;
  /** Per guard with a competing sense, how many of that sense's words the document holds (counted when first asked). */
  competing: (guard: string) => number;
}

/**
 * Which bullet each line belongs to (numbered from 0): a line goes on the bullet above when it wraps from it. One
 * pass over each line's ends (char codes, no trimmed copies): most lines are short and this runs on every resume.
 */
export function bulletsOf(lines: string[], isHeading: (index: number) => boolean): number[] {
  const bulletOf: number[] = new Array(lines.length);
  // The trimmed widths of the three lines above: a narrow column's width is read from them and the line itself.
  let above1 = 0;
  let above2 = 0;
  let above3 = 0;

  let bullet = -1;
  let previous = "";
  let previousFirst = -1;
  let previousLast = -1;
  let headingBefore = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const first = firstNonSpace(line);
    const heading = isHeading(i);
    const continues =
      bullet >= 0 &&
      first >= 0 &&
      previousFirst >= 0 &&
      !opensBullet(line, first) &&
      !heading &&
      !headingBefore &&
      // A wrapped line goes on a sentence the line above left open.
      !SENTENCE_ENDS.has(previous.charCodeAt(previousLast)) &&
      (startsLowerCase(line, first) ||
        previousLast - previousFirst + 1 > 50 ||
        wrapsInColumn(line, first, above1, Math.max(above1, above2, above3)));
    if (!continues) bullet++;
    bulletOf[i] = bullet;
    previous = line;
    previousFirst = first;
    previousLast = first < 0 ? -1 : lastNonSpace(line);
    above3 = above2;
    above2 = above1;
    above1 = first < 0 ? 0 : previousLast - first + 1;
    headingBefore = heading;
  }
  return bulletOf;
}

/** The widest a column counts as narrow. */
const NARROW_COLUMN = 50;

/**
 * Whether a line wraps from the one above in a narrow column (a sidebar, a two-column PDF): its first word would not
 * have fitted on the line above within the column's width, the widest of the three lines above and the line itself
 * ("Planning to learn" / "LangGraph and agent"). `above` is the width of the line above, `widestAbove` of the three.
 */
function wrapsInColumn(line: string, first: number, above: number, widestAbove: number): boolean {
  const width = Math.max(widestAbove, lastNonSpace(line) - first + 1);
  if (width > NARROW_COLUMN) return false;
  let wordEnd = first;
  while (wordEnd < line.length && !isSpace(line.charCodeAt(wordEnd))) wordEnd++;
  return above + 1 + (wordEnd - first) > width;
}

function startsLowerCase(line: string, first: number): boolean {
  const code = line.charCodeAt(first);
  if (code < 128) return code >= 97 && code <= 122;
  // A letter beyond ASCII, perhaps a surrogate pair: the pattern reads the whole code point.
  return LOWER_CASE_START.test(line.slice(first, first + 2));
}

export function documentEvidence(
  tokens: Token[],
  lines: string[],
  sections: (SectionKind | null)[],
  isHeading: (index: number) => boolean,
  /** 1 at each token covered by an unambiguous taxonomy mention: those corroborate too. */
  covered: Uint8Array,
  bullets?: number[],
): DocumentEvidence {
  const bulletOf = bullets ?? bulletsOf(lines, isHeading);
  const sectionOf: number[] = new Array(lines.length);
  let section = 0;
  for (let i = 0; i < lines.length; i++) {
    if (i > 0 && (isHeading(i) || sections[i] !== sections[i - 1])) section++;
    sectionOf[i] = section;
  }
  const bulletAnchors = new Array<number>((bulletOf.at(-1) ?? 0) + 1).fill(0);
  const sectionAnchors = new Array<number>(section + 1).fill(0);
  let documentAnchors = 0;
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t]!;
    if (covered[t] === 0 && (token.uses & WORD_USE.anchor) === 0) continue;
    documentAnchors++;
    bulletAnchors[bulletOf[token.line]!]!++;
    sectionAnchors[sectionOf[token.line]!]!++;
  }
  let counted: Map<string, number> | undefined;
  // Every competing sense counted in one walk over the tokens, the first time any is asked.
  const competing = (guard: string) => {
    if (!counted) {
      counted = new Map();
      for (const token of tokens) {
        const guards = (token.uses & WORD_USE.competing) === 0 ? undefined : COMPETING_BY_WORD.get(token.lexiconWord!);
        if (guards) for (const name of guards) counted.set(name, (counted.get(name) ?? 0) + 1);
      }
    }
    return counted.get(guard) ?? 0;
  };
  return { bulletOf, sectionOf, bulletAnchors, sectionAnchors, documentAnchors, competing };
}

/** Per word, the guards whose competing sense it speaks. */
const COMPETING_BY_WORD = new Map<string, string[]>();
for (const [guard, vocabulary] of Object.entries(COMPETING_SENSES)) {
  for (const word of vocabulary ?? []) COMPETING_BY_WORD.set(word, [...(COMPETING_BY_WORD.get(word) ?? []), guard]);
}

/** Per word, the facets of each paraphrase it belongs to, as bits. */
const FACETS_BY_WORD = new Map<string, { rule: number; bit: number }[]>();
PARAPHRASES.forEach((rule, r) => {
  rule.facets.forEach((facet, f) => {
    for (const word of facet) FACETS_BY_WORD.set(word, [...(FACETS_BY_WORD.get(word) ?? []), { rule: r, bit: 1 << f }]);
  });
});

/** The words this stage looks up for every token, for the tokenizer's lexicon (compile.ts). */
export const SENSE_LEXICON: LexiconGroup[] = [
  [WORD_USE.anchor, ANCHOR_WORDS],
  [WORD_USE.competing, [...COMPETING_BY_WORD.keys()]],
  [WORD_USE.paraphraseFacet, [...FACETS_BY_WORD.keys()]],
];

/** Whether unambiguous vocabulary corroborates an ambiguous mention on `line`. */
export function corroborated(evidence: DocumentEvidence, line: number, inList: boolean, guard: string): boolean {
  const loose = LOOSE_CORROBORATION[guard];
  if (evidence.documentAnchors < (loose ?? CORROBORATION).document) return false;
  if (evidence.bulletAnchors[evidence.bulletOf[line]!]! >= CORROBORATION.bullet) return true;
  if (evidence.competing(guard) >= COMPETING_MIN) return false;
  if (loose) return true;
  const inSection = evidence.sectionAnchors[evidence.sectionOf[line]!]!;
  return inList ? inSection >= CORROBORATION.listSection : inSection >= CORROBORATION.section;
}

/** Whether a sentence or a table cell ends between two offsets: a paraphrase's facets stand in one sentence. */
const SENTENCE_END = /[|]|[.!?]\s/;
const sentenceEndsBetween = (text: string, from: number, to: number) => SENTENCE_END.test(text.slice(from, to));

/**
 * Skills shown by paraphrase (sense-rules.ts, PARAPHRASES): per rule whose required skill the document already shows
 * and whose own skill it does not, the first facet token of each sentence of a bullet that holds every facet. One walk over the
 * tokens, run only for documents that show the required skill.
 */
export function paraphrased(
  text: string,
  tokens: Token[],
  bulletOf: number[],
  shown: (skillId: string) => boolean,
): { skillId: string; at: number }[] {
  const open = PARAPHRASES.map((rule) => shown(rule.requires) && !shown(rule.skillId));
  if (!open.includes(true)) return [];
  const full = PARAPHRASES.map((rule) => (1 << rule.facets.length) - 1);
  const masks = PARAPHRASES.map(() => 0);
  const starts = PARAPHRASES.map(() => -1);
  const out: { skillId: string; at: number }[] = [];
  // Only facet words are looked at: whether a bullet or sentence ended since the last one is asked then.
  let previous: Token | undefined;
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t]!;
    if ((token.uses & WORD_USE.paraphraseFacet) === 0) continue;
    const facets = FACETS_BY_WORD.get(token.lexiconWord!)!;
    if (previous && (bulletOf[previous.line] !== bulletOf[token.line] || sentenceEndsBetween(text, previous.end, token.start)))
      masks.fill(0);
    previous = token;
    for (const { rule, bit } of facets) {
      if (!open[rule]) continue;
      if (masks[rule] === -1) continue;
      // A rule whose facets stand in one phrase starts again from this word once its first word is too far back.
      const within = PARAPHRASES[rule]!.within;
      if (within !== undefined && masks[rule] !== 0 && t - starts[rule]! > within) masks[rule] = 0;
      if (masks[rule] === 0) starts[rule] = t;
      masks[rule]! |= bit;
      if (masks[rule] === full[rule]) {
        // Every bullet that holds the paraphrase, once: the caller keeps the first that its scope claims.
        out.push({ skillId: PARAPHRASES[rule]!.skillId, at: starts[rule]! });
        masks[rule] = -1;
      }
    }
  }
  return out;
}
