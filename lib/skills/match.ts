import { authorProfession, holdsOwnDoing, ownPassage } from "./author";
import { goalLines, isAspiration, lineMayHoldAspiration, marksOutsider, mayBeAspiration, type ScopeMode } from "./aspiration";
import { defaultTaxonomy, type CompiledTaxonomy, type Phrase } from "./compile";
import { GUARDS, gluedToDomain, namesOrganisation, quotesCriterion, toldApart, type MatchContext } from "./context";
import { evidenceOf, snippet, type Hit } from "./evidence";
import { prepareText } from "./normalize";
import type { Aspiration, FoundSkill, SkillMatch } from "./schema";
import { headingKind, lineSections, type SectionKind } from "./sections";
import { bulletsOf, corroborated, documentEvidence, paraphrased } from "./sense";
import { CORROBORATING_SKILL, NEEDS_CORROBORATION } from "./sense-rules";
import { isSpace, sentenceEnd } from "./chars";
import { joinable, tokenize, WORD_USE, type Token } from "./tokens";

const MAX_KEPT = 3;
const MAX_FORMS = 8;

interface SkillHits {
  used: Hit[];
  listed: Hit[];
  forms: Set<string>;
}

export interface MatchOptions {
  /**
   * Whether goal and negation cues ("want to", "no experience with") set a mention apart as an aspiration. A resume
   * needs them; a job posting ("you want to build agents") does not.
   */
  aspirations?: boolean;
  /**
   * Which clause shapes set a mention apart: a resume's goals, future, negations and others' work; a posting's
   * negations and others' work only ("you will build agents" is the ask itself).
   */
  scope?: ScopeMode;
  /** Whether a mention at this line and column belongs to the text being read; the rest still corroborates. */
  counts?: (line: number, column: number) => boolean;
}

/** Every accepted mention per skill, beside the grouped result: the posting reader weighs each one. */
export interface DetailedMatch {
  match: SkillMatch;
  hits: Map<string, Hit[]>;
}

/** The phrase's words matched at token `at`, or -1: the index of the last token it covers. */
function phraseEnd(text: string, tokens: Token[], at: number, phrase: Phrase): number {
  let index = at;
  for (let w = 0; w < phrase.words.length; w++, index++) {
    const token = tokens[index];
    // A form's words are all in the lexicon: a word it does not know is no form's word.
    if (!token || token.lexiconWord === undefined) return -1;
    if ((phrase.caseSensitive ? token.raw : token.lexiconWord) !== phrase.words[w]) return -1;
    const before = tokens[index - 1];
    if (w > 0 && before && !joinable(text, before, token)) return -1;
  }
  return index - 1;
}

/** The separators of a list line's items. */
const isItemSeparator = (code: number) => code === 44 || code === 124 || code === 0xb7 || code === 0x2022 || code === 59 || code === 47; // , | · • ; /
/** Per ASCII char code, what it is to a list line: one table read per character rather than a dozen comparisons. */
const ITEM_SEPARATOR = 1;
const SPACE = 2;
const ASCII_LIST_KIND = Uint8Array.from({ length: 128 }, (_, code) => (isItemSeparator(code) ? ITEM_SEPARATOR : isSpace(code) ? SPACE : 0));

/**
 * A line that reads as a list of skills: several short items (at most four words) separated by commas, pipes or
 * bullets. One scan of the line, counting items and their words, without splitting it.
 */
function isListLine(line: string): boolean {
  let items = 0;
  let short = 0;
  let words = 0;
  let inWord = false;
  for (let i = 0; i <= line.length; i++) {
    const code = i < line.length ? line.charCodeAt(i) : 44;
    const kind = code < 128 ? ASCII_LIST_KIND[code] : isItemSeparator(code) ? ITEM_SEPARATOR : isSpace(code) ? SPACE : 0;
    if (kind === ITEM_SEPARATOR) {
      if (words > 0) {
        items++;
        if (words <= 4) short++;
      }
      words = 0;
      inWord = false;
    } else if (kind === SPACE) inWord = false;
    else if (!inWord) {
      words++;
      inWord = true;
    }
  }
  return items >= 3 && short / items >= 0.75;
}

/** A line such as "Skills: Python, PyTorch" names its own section. */
function inlineSection(line: string): SectionKind | null {
  // Most lines have no colon at all: a plain search is cheaper than the pattern.
  if (!line.includes(":") && !line.includes("：")) return null;
  const label = /^\s*([^:：]{3,40})[:：]\s*\S/.exec(line)?.[1];
  return label ? headingKind(label) : null;
}

/**
 * Finds the taxonomy's skills in resume text, each with the lines that evidence it. Mentions that are goals or
 * negations are returned apart, as aspirations. Narrower skills add the broader skills they imply. Line numbers in
 * evidence are those of `text`: the matcher's own normalization never adds or removes a line.
 */
export function matchSkills(input: string, taxonomy: CompiledTaxonomy = defaultTaxonomy(), options: MatchOptions = {}): SkillMatch {
  return matchDetailed(input, taxonomy, options).match;
}

export function matchDetailed(input: string, taxonomy: CompiledTaxonomy = defaultTaxonomy(), options: MatchOptions = {}): DetailedMatch {
  const text = prepareText(input);
  const lines = text.split("\n");
  const lineStarts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    lineStarts.push(offset);
    offset += line.length + 1;
  }
  // Headings are looked up once per line: the section, goal, bullet and evidence stages all ask.
  const headings = lines.map(headingKind);
  const isHeading = (i: number) => i >= 0 && headings[i] !== null && headings[i] !== undefined;
  const sections = lineSections(lines, headings);
  const mode = options.scope ?? "resume";
  const underGoals = mode === "resume" ? goalLines(lines, (_line, index) => isHeading(index)) : null;
  let bullets: number[] | undefined;
  /** The lines above `line` that its bullet wraps from: a clause may start there. */
  const wrappedStart = (line: number) => {
    bullets ??= bulletsOf(lines, isHeading);
    let first = line;
    while (first > 0 && bullets[first - 1] === bullets[line] && line - first < 4) first--;
    return first;
  };
  const aboveHolds: (boolean | undefined)[] = new Array(lines.length);
  const lineHoldsCue = (line: number) => (aboveHolds[line] ??= lineMayHoldAspiration(lines[line] ?? ""));
  // A line's section (its own label first), worked out the first time a skill is met on it.
  const lineSection: (SectionKind | null | undefined)[] = new Array(lines.length);
  const sectionAt = (line: number) => {
    let section = lineSection[line];
    if (section === undefined) lineSection[line] = section = inlineSection(lines[line]!) ?? sections[line] ?? null;
    return section;
  };
  // Whether a line reads as a list is asked only by the guards that weigh it and by a mention's usage outside the
  // skills, experience and projects sections: most mentioned lines never need the scan.
  const listLines: (boolean | undefined)[] = new Array(lines.length);
  const inListAt = (line: number) => (listLines[line] ??= isListLine(lines[line]!));
  const cueLines: (boolean | undefined)[] = new Array(lines.length);
  // The line's own tokens are its words already: no second split of the line.
  const mayHoldAspiration = (line: number, at: number) => {
    let holds = cueLines[line];
    if (holds === undefined) {
      let i = at;
      while (i > 0 && tokens[i - 1]!.line === line) i--;
      let end = at;
      while (end < tokens.length && tokens[end]!.line === line) end++;
      cueLines[line] = holds = lineMayHoldAspiration(lines[line] ?? "", tokens, i, end);
    }
    return holds;
  };

  const tokens = tokenize(text, taxonomy.lexicon);
  const hits = new Map<string, SkillHits>();
  const covered = new Map<string, number>();
  const aspirations = new Map<string, Aspiration>();
  const checkAspirations = options.aspirations ?? true;

  // Stage 1, forms: every phrase of the taxonomy the text holds, with its local guard. Unambiguous forms are decided
  // at once; ambiguous ones wait for the document's evidence (stage 2).
  const anchorTokens = new Uint8Array(tokens.length);
  /** `needs`: the skill the document must show, when the guard answered "shown" (sense-rules.ts, CORROBORATING_SKILL). */
  const deferred: { phrase: Phrase; at: number; last: number; needs: string | undefined }[] = [];
  /** Where a mention's last token ends on its first line: the line's end when the mention wraps onto the next. */
  const endColumn = (token: Token, lastToken: Token, lineText: string) =>
    (lastToken.endLine ?? lastToken.line) === token.line ? lastToken.end - lineStarts[token.line]! : lineText.length;
  // Stage 3, scope: a goal, a negation or someone else's work governs the clause the mention stands in.
  const aspirationAt = (at: number, last: number) => {
    if (!checkAspirations) return false;
    const token = tokens[at]!;
    if (underGoals?.[token.line]) return true;
    // Cheap per-line tests (each line's answer is kept) before any clause is built.
    const first = wrappedStart(token.line);
    const lineText = lines[token.line] ?? "";
    const column = token.start - lineStarts[token.line]!;
    let holds = mayHoldAspiration(token.line, at);
    for (let l = first; !holds && l < token.line; l++) holds = lineHoldsCue(l);
    // Asked at most once per mention: either test below may need it.
    let outsider: boolean | undefined;
    if (!holds && !(outsider = marksOutsider(lineText, column))) return false;
    let from = at;
    while (from > 0 && tokens[from - 1]!.line >= first) from--;
    let lineEnd = last + 1;
    while (lineEnd < tokens.length && tokens[lineEnd]!.line === token.line) lineEnd++;
    if (holds && !mayBeAspiration(tokens, from, at, last, lineEnd, mode) && !(outsider ?? marksOutsider(lineText, column))) return false;
    const before = first === token.line ? "" : lines.slice(first, token.line).join(" ");
    // The lines the bullet wraps onto below, when the mention's sentence goes on there ("… — but nothing in" / "this role …").
    const end = endColumn(token, tokens[last]!, lineText);
    let following = "";
    bullets ??= bulletsOf(lines, isHeading);
    let below = token.line;
    while (below + 1 < lines.length && bullets[below + 1] === bullets[token.line] && below - token.line < 3) below++;
    // A sentence's end in the rest of the line stops the sentence after the mention on its own line (asked only of
    // a bullet that wraps on: most stand on one line).
    if (below > token.line && sentenceEnd(lineText.slice(end)) < 0) following = lines.slice(token.line + 1, below + 1).join(" ");
    return isAspiration(lineText, column, end, before, mode, following);
  };
  // Stage 3b, author: in the document of a profession that names the field's skills as the matter of its own work (a
  // recruiter, a lawyer, or a posting for one), a mention counts only where the author's (or the hire's) own doing
  // stands on it (author.ts).
  let profession: string | null | undefined;
  const ownDoing: (boolean | undefined)[] = new Array(lines.length);
  const authorsOwn = (line: number) => {
    profession ??= authorProfession(text, lines, isHeading, sections);
    if (profession === null) return true;
    bullets ??= bulletsOf(lines, isHeading);
    return (ownDoing[line] ??= holdsOwnDoing(ownPassage(lines, bullets, line), mode !== "resume"));
  };
  const accept = (phrase: Phrase, at: number, last: number, section: SectionKind | null, anchors: boolean) => {
    const token = tokens[at]!;
    const lastToken = tokens[last]!;
    const column = token.start - lineStarts[token.line]!;
    if (options.counts && !options.counts(token.line, column)) {
      if (anchors) anchorTokens.fill(1, at, last + 1);
      return;
    }
    if (aspirationAt(at, last)) {
      const skill = taxonomy.skills.get(phrase.skillId)!;
      const lineText = lines[token.line] ?? "";
      if (!aspirations.has(skill.id)) {
        aspirations.set(skill.id, {
          id: skill.id,
          name: skill.name,
          text: snippet(lineText, column, endColumn(token, lastToken, lineText)),
        });
      }
      return;
    }
    if (!authorsOwn(token.line)) return;
    if (anchors) anchorTokens.fill(1, at, last + 1);
    const lastLine = lastToken.endLine ?? lastToken.line;
    const usage = section === "skills" || (section !== "experience" && section !== "projects" && inListAt(token.line)) ? "listed" : "used";
    let skillHits = hits.get(phrase.skillId);
    if (!skillHits) hits.set(phrase.skillId, (skillHits = { used: [], listed: [], forms: new Set() }));
    const form = text.slice(token.start, lastToken.end);
    if (skillHits.forms.size < MAX_FORMS) skillHits.forms.add(form.includes("\n") ? form.replace(/\s+/g, " ") : form);
    // Evidence quotes at most three lines: keeping a few hits per kind bounds the work on skill-dense resumes.
    const kept = skillHits[usage];
    if (kept.length < MAX_KEPT && kept.at(-1)?.line !== token.line) {
      const end = endColumn(token, lastToken, lines[token.line] ?? "");
      kept.push({ skillId: phrase.skillId, form, line: token.line, lastLine, column, end, usage });
    }
  };

  // One context object for the document, moved from candidate to candidate: guards read it and keep nothing.
  const context: MatchContext = { text, tokens, first: 0, last: 0, section: null, inList: false };
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at]!;
    if ((token.uses & WORD_USE.formStart) === 0) continue;
    const candidates = taxonomy.byFirstWord.get(token.lexiconWord!);
    if (candidates === undefined) continue;
    let matchedHere: string[] | null = null;
    // The next word in lower case when the lexicon knows it; every form's words are in the lexicon.
    const nextWord = tokens[at + 1]?.lexiconWord;
    for (const phrase of candidates) {
      if (phrase.secondWord !== undefined && phrase.secondWord !== nextWord) continue;
      if (matchedHere?.includes(phrase.skillId)) continue;
      // "agents" inside "AI agents" is the same mention again, not a second one.
      if ((covered.get(phrase.skillId) ?? -1) >= at) continue;
      const last = phraseEnd(text, tokens, at, phrase);
      if (last < 0 || gluedToDomain(text, tokens, last)) continue;
      const section = sectionAt(token.line);
      context.first = at;
      context.last = last;
      context.section = section;
      // Only a guard reads the context.
      context.inList = phrase.guard !== null && inListAt(token.line);
      const verdict = phrase.guard ? GUARDS[phrase.guard](context) : "sure";
      if (!verdict) continue;
      // The longest form names an organisation ("an agentic-AI scale-up"): its shorter forms here name it too.
      if (namesOrganisation(context) || quotesCriterion(context) || toldApart(context)) break;
      (matchedHere ??= []).push(phrase.skillId);
      covered.set(phrase.skillId, last);
      if (verdict !== "sure" && NEEDS_CORROBORATION.has(phrase.guard!))
        deferred.push({ phrase, at, last, needs: verdict === "shown" ? CORROBORATING_SKILL[phrase.guard!] : undefined });
      else accept(phrase, at, last, section, true);
    }
  }

  /** Whether the document claims a skill, or one that implies it: another group's or a wished-for skill shows none. */
  const shown = (id: string) => hits.has(id) || [...hits.keys()].some((found) => taxonomy.broaderClosure.get(found)?.includes(id));
  // Stage 2, sense: an ambiguous form counts only where unambiguous vocabulary corroborates it, in its bullet, its
  // section and the document as a whole (or, for a few guards, where the document shows the skill the sense needs).
  if (deferred.length > 0) {
    const evidence = documentEvidence(tokens, lines, sections, isHeading, anchorTokens, (bullets ??= bulletsOf(lines, isHeading)));
    for (const { phrase, at, last, needs } of deferred) {
      const line = tokens[at]!.line;
      const section = sectionAt(line);
      // A goal keeps its ambiguous mention as an aspiration: nothing is claimed, so nothing needs corroborating.
      const sensed = needs ? shown(needs) : corroborated(evidence, line, inListAt(line) || section === "skills", phrase.guard!);
      if (sensed || aspirationAt(at, last)) {
        accept(phrase, at, last, section, false);
      }
    }
  }
  // Stage 2b, paraphrase: a skill shown by what was done, in a document whose named skills corroborate it.
  for (const { skillId, at } of hits.size > 0 ? paraphrased(text, tokens, (bullets ??= bulletsOf(lines, isHeading)), shown) : []) {
    const token = tokens[at]!;
    if (hits.has(skillId) || (options.counts && !options.counts(token.line, token.start - lineStarts[token.line]!))) continue;
    if (aspirationAt(at, at) || !authorsOwn(token.line)) continue;
    const column = token.start - lineStarts[token.line]!;
    const hit: Hit = {
      skillId,
      form: token.raw,
      line: token.line,
      lastLine: token.line,
      column,
      end: token.end - lineStarts[token.line]!,
      usage: "used",
    };
    hits.set(skillId, { used: [hit], listed: [], forms: new Set() });
  }
  const direct = new Map<string, Hit[]>();
  for (const [skillId, skillHits] of hits) direct.set(skillId, [...skillHits.used, ...skillHits.listed]);
  return { match: collect(hits, direct, aspirations, lines, sections, taxonomy), hits: direct };
}

/** The sections a document has, in the order they first appear. */
function distinctSections(sections: (SectionKind | null)[]): SectionKind[] {
  return [...new Set(sections.filter((section) => section !== null))];
}

/** Groups hits by skill, adds the broader skills they imply (docs/labeling.md rule 5), and orders the result. */
function collect(
  hits: Map<string, SkillHits>,
  /** Every skill's hits, described work first. */
  direct: Map<string, Hit[]>,
  aspirations: Map<string, Aspiration>,
  lines: string[],
  sections: (SectionKind | null)[],
  taxonomy: CompiledTaxonomy,
): SkillMatch {
  const made = new Map<string, string>();

  const found = new Map<string, FoundSkill>();
  for (const [skillId, skillHits] of direct) {
    found.set(skillId, {
      id: skillId,
      name: taxonomy.skills.get(skillId)!.name,
      usage: hits.get(skillId)!.used.length > 0 ? "used" : "listed",
      evidence: evidenceOf(skillHits, lines, sections, made),
      matched: [...hits.get(skillId)!.forms],
      impliedBy: [],
    });
  }
  for (const [skillId, skillHits] of direct) {
    for (const broaderId of taxonomy.broaderClosure.get(skillId) ?? []) {
      const broader = taxonomy.skills.get(broaderId);
      if (!broader) continue;
      const existing = found.get(broaderId);
      if (existing) {
        if (!existing.impliedBy.includes(skillId)) existing.impliedBy.push(skillId);
        continue;
      }
      found.set(broaderId, {
        id: broaderId,
        name: broader.name,
        usage: "implied",
        evidence: evidenceOf(skillHits, lines, sections, made),
        matched: [],
        impliedBy: [skillId],
      });
    }
  }
  for (const skill of found.values()) {
    // An implied skill carries every skill that implies it, not only the first one met.
    if (skill.usage === "implied") {
      skill.impliedBy = [...direct.keys()].filter((id) => taxonomy.broaderClosure.get(id)?.includes(skill.id));
    }
    aspirations.delete(skill.id);
  }

  // Taxonomy order: one walk over the skills, rather than an indexOf into them per comparison of a sort.
  const skills: FoundSkill[] = [];
  for (const id of taxonomy.skills.keys()) {
    const skill = found.get(id);
    if (skill) skills.push(skill);
  }
  return {
    skills,
    aspirations: [...aspirations.values()],
    sections: distinctSections(sections),
  };
}
