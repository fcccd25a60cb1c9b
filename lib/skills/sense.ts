import type { SectionKind } from "./sections";
import { ANCHOR_WORDS, COMPETING_MIN, COMPETING_SENSES, CORROBORATION, LOOSE_CORROBORATION, PARAPHRASES } from "./sense-rules";
import type { Token } from "./tokens";

/** A line that opens a new bullet or paragraph rather than continuing the one above (a wrapped line). */
const BULLET_START = /^\s*(?:[-•●▪■◦‣∙·*>❖➢➤►▶✓✔–—]|\d{1,2}[.)]\s)/u;

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

export function bulletsOf(lines: string[], isHeading: (index: number) => boolean): number[] {
  const bulletOf: number[] = new Array(lines.length);
  let bullet = -1;
  let previous = "";
  let headingBefore = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const trimmed = line.trim();
    const heading = isHeading(i);
    const continues =
      bullet >= 0 &&
      trimmed !== "" &&
      previous.trim() !== "" &&
      !BULLET_START.test(line) &&
      !heading &&
      !headingBefore &&
      // A wrapped line goes on a sentence the line above left open.
      !/[.!?:;]\s*$/.test(previous) &&
      (/^\p{Ll}/u.test(trimmed) || previous.trim().length > 50);
    if (!continues) bullet++;
    bulletOf[i] = bullet;
    previous = line;
    headingBefore = heading;
  }
  return bulletOf;
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
    if (covered[t] === 0 && !ANCHOR_WORDS.has(token.lower)) continue;
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
        const guards = COMPETING_BY_WORD.get(token.lower);
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

/** Whether unambiguous vocabulary corroborates an ambiguous mention on `line`. */
export function corroborated(evidence: DocumentEvidence, line: number, inList: boolean, guard: string): boolean {
  const loose = LOOSE_CORROBORATION[guard];
  if (loose) return evidence.documentAnchors >= loose.document;
  if (evidence.documentAnchors < CORROBORATION.document) return false;
  if (evidence.bulletAnchors[evidence.bulletOf[line]!]! >= CORROBORATION.bullet) return true;
  if (evidence.competing(guard) >= COMPETING_MIN) return false;
  const inSection = evidence.sectionAnchors[evidence.sectionOf[line]!]!;
  return inList ? inSection >= CORROBORATION.listSection : inSection >= CORROBORATION.section;
}

/** Whether a sentence or a table cell ends between two offsets: a paraphrase's facets stand in one sentence. */
const SENTENCE_END = /[|]|[.!?]\s/;
const sentenceEndsBetween = (text: string, from: number, to: number) => SENTENCE_END.test(text.slice(from, to));

/** Per word, the facets of each paraphrase it belongs to, as bits. */
const FACETS_BY_WORD = new Map<string, { rule: number; bit: number }[]>();
PARAPHRASES.forEach((rule, r) => {
  rule.facets.forEach((facet, f) => {
    for (const word of facet) FACETS_BY_WORD.set(word, [...(FACETS_BY_WORD.get(word) ?? []), { rule: r, bit: 1 << f }]);
  });
});

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
    const facets = FACETS_BY_WORD.get(token.lower);
    if (!facets) continue;
    if (previous && (bulletOf[previous.line] !== bulletOf[token.line] || sentenceEndsBetween(text, previous.end, token.start)))
      masks.fill(0);
    previous = token;
    for (const { rule, bit } of facets) {
      if (!open[rule]) continue;
      if (masks[rule] === -1) continue;
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
