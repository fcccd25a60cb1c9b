import { z } from "zod";
import { maskAbbreviations } from "./chars";
import { defaultTaxonomy, type CompiledTaxonomy } from "./compile";
import { snippet } from "./evidence";
import { matchDetailed } from "./match";
import { bulletsOf } from "./sense";
import { prepareText } from "./normalize";
import {
  ADDRESSES_CANDIDATE,
  ASKED_BACKGROUND,
  COMPANY_SUBJECT,
  CANDIDATE_WORK_HEADING,
  IMPERATIVE_ASK,
  COMPANY_VOICE,
  COUNTED_PARTS,
  EEO_TEXT,
  HEADING_PARTS,
  CONDITIONAL_ASK,
  NEGATED_REQUIREMENT,
  negatesCandidateWork,
  NOT_AN_ASK,
  PREFERRED_CUE,
  REQUIRED_CUE,
  STATED_ASK,
  OTHER_TEAM_AFTER,
  OTHER_TEAM_BEFORE,
  OTHER_TEAM_BEFORE_EN,
  TEAM_STACK,
  UNNAMED_HEADING,
  type PostingPart,
} from "./posting-rules";

export const postingLevelSchema = z.enum(["required", "preferred"]);
export const postingEvidenceSchema = z.object({ text: z.string(), line: z.number().int().nonnegative() });
export const postingSkillSchema = z.object({
  id: z.string(),
  name: z.string(),
  level: postingLevelSchema,
  /** The posting line that asks for the skill (for an implied skill, the line of the skill implying it). */
  evidence: postingEvidenceSchema,
});
export type PostingLevel = z.infer<typeof postingLevelSchema>;
export type PostingSkill = z.infer<typeof postingSkillSchema>;

const BULLET = /^\s*(?:[-•●▪■◦‣∙·*>❖➢➤►▶✓✔–—]|\d{1,2}[.)]\s)/u;
/** A row of a table flattened to text: its cells stand apart by pipes. */
const isRow = (line: string) => line.includes(" | ");

/** A bullet, not a heading in bold ("**Perks**" opens with the star a bullet may be written with). */
const isBullet = (line: string) => BULLET.test(line) && !/^\s*(?:\*\*|__)/.test(line);
/** A line's text without the marks a heading may be written with: Markdown's "**About Acme**", "## Perks", "__Benefits__". */
const headingText = (line: string) => line.trim().replace(/^(?:[#*_]+\s*)+|(?:\s*[*_]+)+$/g, "");

/** If the line is a heading, the part it opens, and any text after its colon ("Requirements: Python, PyTorch"). */
function headingPart(line: string): { part: PostingPart; rest: string } | null {
  const trimmed = headingText(line);
  if (!trimmed || isBullet(line)) return null;
  const colon = /^([^:：]{2,60}?)\s*[:：]\s*(.*)$/.exec(trimmed);
  // Only a heading alone is short: a labelled line ("Obligatorio: …") runs as long as its ask does.
  if (!colon && trimmed.length > 80) return null;
  const label = (colon ? colon[1]! : trimmed).toLowerCase().replace(/\s+/g, " ");
  // A heading is short and ends without a sentence's full stop; a labelled line ("Stack: …") may run on.
  if (!colon && (/[.!]$/.test(trimmed) || label.split(" ").length > 9)) return null;
  if (colon && label.split(" ").length > 6) return null;
  const rest = colon ? colon[2]! : "";
  // A label that says a requirement is none ("Nicht erforderlich:", "Not required") heads what the role does not ask,
  // unless it hedges as well ("Helpful but not expected" asks for preferences).
  // So does a heading that negates the candidate's work or the role ("Lo que no buscamos", "Ce que ce poste n'est pas").
  if (NEGATED_REQUIREMENT.test(label) || negatesCandidateWork(label))
    return { part: hedgedHeading(label) ? "preferred" : "not-role", rest };
  for (const [part, pattern] of HEADING_PARTS) if (pattern.test(label)) return { part, rest };
  return null;
}

/** Whether a heading's words hedge: a preference heading or an inline cue of preference. */
const hedgedHeading = (label: string) =>
  PREFERRED_CUE.test(label) || HEADING_PARTS.some(([part, p]) => part === "preferred" && p.test(label));

/** A heading no pattern names: alone on its line after a blank line, short, followed by text (posting-rules.ts). */
function unnamedHeading(lines: string[], index: number): PostingPart | null {
  const line = headingText(lines[index]!);
  if (index === 0 || lines[index - 1]!.trim() !== "" || !lines[index + 1]?.trim() || isBullet(lines[index]!)) return null;
  if (line.split(/\s+/).length > 9 || !UNNAMED_HEADING.test(line)) return null;
  if (COMPANY_VOICE.test(line)) return "company";
  // A heading that negates the candidate's work ("Was dich nicht erwartet", "Ce que vous ne ferez jamais") heads what
  // the role is not.
  if (negatesCandidateWork(line)) return hedgedHeading(line.toLowerCase()) ? "preferred" : "not-role";
  // A heading that speaks to the candidate ("what you'd actually be doing", "stuff you've done before") heads their
  // work or their profile: its sentences are asks whether or not each says "you" again.
  return CANDIDATE_WORK_HEADING.test(line) ? "required" : "role";
}

/** Whether the mention at a column names another team the hire works beside (posting-rules.ts, OTHER_TEAM_BEFORE). */
function namesOtherTeam(line: string, column: number): boolean {
  const before = line.slice(Math.max(0, column - 60), column);
  if (OTHER_TEAM_BEFORE.test(before)) return true;
  return OTHER_TEAM_BEFORE_EN.test(before) && OTHER_TEAM_AFTER.test(line.slice(column, column + 60));
}

/** A level tag in brackets, its first word the level: "[nice, …]", "[bonus]", "(must)". */
const LEVEL_TAG = /[[(]\s*(nice|bonus|plus|optional|preferred|must|required)(?![\p{L}])/iu;

/** How far before and after a mention its segment and sentence are looked for. */
const LOOK_BACK = 400;

/** A line's label before its colon, a few words long: "Nice to have:", "- Zwingend:", "Bonus:". */
const LEVEL_LABEL = /^\s*(?:[-•●▪■◦‣∙·*>–—]\s*)?([^:：]{2,40})[:：]/u;

/** Whether a text holds a cue of preference: an inline cue, an ask put as a condition, a requirement said not to be one. */
const prefers = (text: string) => PREFERRED_CUE.test(text) || CONDITIONAL_ASK.test(text) || NEGATED_REQUIREMENT.test(text);
/** Whether a text holds a cue of requirement that is not itself negated ("not a requirement" is none). */
const requires = (text: string) => REQUIRED_CUE.test(NEGATED_REQUIREMENT.test(text) ? text.replace(NEGATED_REQUIREMENT_ALL, " ") : text);
const NEGATED_REQUIREMENT_ALL = new RegExp(NEGATED_REQUIREMENT.source, `${NEGATED_REQUIREMENT.flags}g`);

/** The level a text's cues decide, or null when it holds none or both. */
function cueLevel(text: string): PostingLevel | null {
  const preferred = prefers(text);
  if (preferred === requires(text)) return null;
  return preferred ? "preferred" : "required";
}

/**
 * The level one mention asks for: a cue in its own comma-separated part of its block, then its sentence, then a
 * short sentence right after it that is only a level ("LangGraph. Nice to have."), then the block's cue when the
 * block is one sentence, then the part. `block` is the mention's bullet or paragraph, its wrapped lines joined, so a
 * cue one line up ("It would be a bonus if you've worked with …") reaches it; in a paragraph every sentence has its
 * own level, and another sentence's cue ("a 10% bonus") is not the mention's.
 */
function mentionLevel(block: string, column: number, fallback: PostingLevel): PostingLevel {
  // Only a bounded look-back is scanned: a posting written as one long line would otherwise be rescanned from column 0 per mention.
  const back = Math.max(0, column - LOOK_BACK);
  const starts = [...block.slice(back, column).matchAll(/[,;]|[.!?]\s|\s(?:and|or|und|oder|y|o|et|ou)\s/g)];
  const from = starts.length > 0 ? back + starts.at(-1)!.index + starts.at(-1)![0].length : back;
  const ahead = Math.min(block.length, column + LOOK_BACK);
  const next = /[,;]|[.!?]\s|\s(?:and|or|und|oder|y|o|et|ou)\s/.exec(block.slice(column, ahead));
  // A parenthesis closes with its own segment: "Multi-agent frameworks (CrewAI, AutoGen) are nice to have".
  const inSegment = cueLevel(block.slice(from, next ? column + next.index : ahead));
  if (inSegment) return inSegment;
  // A label that is a level ("Nice to have: LangGraph …; Claude via the Anthropic API") governs its whole line.
  const label = LEVEL_LABEL.exec(block)?.[1];
  const labelled = label === undefined ? null : cueLevel(label);
  if (labelled) return labelled;
  // A level tag in brackets governs its bullet as a label does: "LangChain or LlamaIndex [nice, we use bits of it]".
  const tag = LEVEL_TAG.exec(block)?.[1];
  const tagged = tag === undefined ? null : cueLevel(tag.replace(/^nice$/i, "nice to have"));
  if (tagged) return tagged;
  // Then its sentence: a paragraph's line holds many asks, each sentence its own.
  const { text: sentence, end } = sentenceSpan(block, column);
  if (sentence.length < block.trim().length - 2) {
    const inSentence = cueLevel(sentence);
    if (inSentence) return inSentence;
    const following = sentenceSpan(block, Math.min(block.length, end + 2)).text;
    const elliptic = following.trim().split(/\s+/).length <= 8 ? cueLevel(following) : null;
    return elliptic ?? fallback;
  }
  const inBlock = cueLevel(block);
  if (inBlock === "required") return fallback === "preferred" && !/\(required\)/i.test(block) ? "preferred" : "required";
  return inBlock ?? fallback;
}

/**
 * The skills a job posting asks of the candidate, each required or preferred with the line that asks for it.
 * Headings split the posting into parts (about the company, the role, responsibilities, requirements,
 * nice-to-haves, benefits, the hiring process, equal-opportunity text, what the role is not); only the role's own
 * parts count, and in the introduction only the sentences addressed to the candidate. Inside a counted part the
 * same matcher as for resumes runs, with a posting's scope: negations ("you will not train models") and others'
 * work ("the research team trains LLMs") do not count, while the future tense is the ask itself. A cue beside a
 * skill ("PyTorch (required), JAX a plus") decides its level before the line's cue and the part's.
 */
export function extractPostingSkills(text: string, taxonomy: CompiledTaxonomy = defaultTaxonomy()): PostingSkill[] {
  const lines = prepareText(text).split("\n");
  const level: (PostingLevel | null)[] = [];
  // Whether a line is prose, and whether under a heading that names the role ("The role", "À propos du poste"), where
  // a sentence telling the candidate what to do is an ask; an unnamed heading ("How we work") opens prose too.
  const prose: (false | "prose" | "named-role" | "after-list" | "intro")[] = [];
  let namedRole = false;
  // Whether the part's list has run and a blank line closed it: a paragraph after it, with no heading of its own, is
  // prose again ("Acme builds RAG agents for law firms …" after the requirements' bullets), not one more requirement.
  let listed: "none" | "list" | "ended" = "none";
  // A line wrapped from the one above belongs to its bullet or paragraph: `from` is where that block starts.
  const from: number[] = [];
  const several: boolean[] = [];
  let part: PostingPart | "intro" = "intro";
  const title = lines.findIndex((l) => l.trim() !== "");
  for (const [index, line] of lines.entries()) {
    const named = headingPart(line);
    const unnamed = named ? null : unnamedHeading(lines, index);
    const heading = named ?? (unnamed ? { part: unnamed, rest: "" } : null);
    // The title stands alone: "Acme Legal" / "Our RAG engine is …" are two blocks, and the second one's subject is "Our".
    const continues = index > title + 1 && !heading && line.trim() !== "" && !BULLET.test(line) && from[index - 1] !== undefined;
    from.push(continues ? from[index - 1]! : index);
    if (heading || line.trim() === "") from[index] = heading ? (undefined as unknown as number) : index;
    if (heading) {
      part = heading.part;
      namedRole = named?.part === "role";
      listed = "none";
    } else if (BULLET.test(line)) listed = "list";
    else if (line.trim() === "" && listed === "list") listed = "ended";
    const own = heading && !heading.rest ? null : part;
    // A line of several sentences (a posting written as one paragraph) is judged sentence by sentence in `counts`.
    const sentences = /[.!?]\s+\S/.test(line.trim());
    several.push(sentences);
    if (own === null || (!sentences && (EEO_TEXT.test(line) || NOT_AN_ASK.test(line)))) {
      level.push(null);
      prose.push(false);
      continue;
    }
    if (own === "intro") {
      // Before any heading: the title and the introduction, which counts where it speaks to the candidate.
      level.push("required");
      prose.push(!BULLET.test(line) && "intro");
      continue;
    }
    level.push(COUNTED_PARTS[own] ?? null);
    const kind = namedRole ? "named-role" : own === "role" ? "prose" : "after-list";
    prose.push((own === "role" || listed === "ended") && !BULLET.test(line) && kind);
  }
  // A wrapped line is prose only if its block is: the continuation of a bullet counts as the bullet does.
  for (let i = 0; i < lines.length; i++) if (from[i] !== undefined && from[i] !== i && !prose[from[i]!]) prose[i] = false;
  /** The block (bullet or paragraph, as `from` groups them) a line belongs to, its lines joined, and where the line starts in it. */
  const blockAt = (line: number) => {
    const start = from[line] ?? line;
    let end = line;
    while (end + 1 < lines.length && from[end + 1] === start && end + 1 !== start) end++;
    if (start === line && end === line) return { text: lines[line]!, offset: 0 };
    const offset = lines.slice(start, line).reduce((n, l) => n + l.length + 1, 0);
    return { text: lines.slice(start, end + 1).join(" "), offset };
  };
  let wraps: number[] | undefined;
  /**
   * The sentence-wrapped lines around a line, joined, for its level: a line goes on the one above only where that
   * one leaves its sentence open (sense.ts, bulletsOf), and a table row ("Skill | Level | Notes") is a block of its own.
   */
  const wrappedAt = (line: number) => {
    wraps ??= bulletsOf(lines, (i) => from[i] === undefined);
    const joins = (i: number) => wraps![i] === wraps![i - 1] && !isRow(lines[i]!) && !isRow(lines[i - 1]!);
    let start = line;
    while (start > 0 && joins(start)) start--;
    let end = line;
    while (end + 1 < lines.length && joins(end + 1)) end++;
    if (start === line && end === line) return { text: lines[line]!, offset: 0 };
    const offset = lines.slice(start, line).reduce((n, l) => n + l.length + 1, 0);
    return { text: lines.slice(start, end + 1).join(" "), offset };
  };
  /** The sentence around a column, read across the lines its paragraph wraps over. */
  const sentenceAcross = (line: number, column: number) => {
    const { text, offset } = blockAt(line);
    return sentenceAt(text, offset + column);
  };
  /**
   * Whether the introduction has not yet turned to the candidate before a column: no sentence before the one there
   * addresses them. Until it does, "we" is the company ("Corvid is the platform for …. We run on our own GPU
   * fleet …"), and after it the team the hire joins ("We would like you to …. We use MLflow for that today").
   */
  const beforeCandidate = (line: number, column: number) => {
    const earlier = lines.slice(title + 1, line).join(" ");
    const own = maskAbbreviations(lines[line]!.slice(0, column));
    const cut = Math.max(own.lastIndexOf(". "), own.lastIndexOf("! "), own.lastIndexOf("? "));
    return !ADDRESSES_CANDIDATE.test(`${earlier} ${cut < 0 ? "" : own.slice(0, cut)}`);
  };
  const counts = (line: number, column: number) => {
    if (level[line] === null || level[line] === undefined) return false;
    if (namesOtherTeam(lines[line]!, column)) return false;
    if (several[line]) {
      const own = sentenceAt(lines[line]!, column);
      if (EEO_TEXT.test(own) || NOT_AN_ASK.test(own)) return false;
    }
    if (!prose[line]) return true;
    const sentence = sentenceAcross(line, column);
    // The title line (first non-empty line) names the role itself; a sentence whose predicate is a level ("… is
    // required", "… would be a plus") is an ask even where it does not say "you", and so is the team's own stack.
    // Under the role's heading, a sentence that tells the candidate what to do is an ask too.
    if (prose[line] === "named-role" && IMPERATIVE_ASK.test(sentence)) return true;
    if (line === title || ADDRESSES_CANDIDATE.test(sentence) || statesAsk(sentence)) return true;
    // After a part's list, a paragraph naming the experience wanted asks as the list did, unless the company speaks.
    if (prose[line] === "after-list" && ASKED_BACKGROUND.test(sentence) && !COMPANY_SUBJECT.test(sentence)) return true;
    // "We" is the team in the role's prose, but in an introduction that has not yet turned to the candidate it is the
    // company, and its stack is the product it sells.
    return TEAM_STACK.test(sentence) && !(prose[line] === "intro" && beforeCandidate(line, column));
  };
  const { match, hits } = matchDetailed(lines.join("\n"), taxonomy, { scope: "posting", counts });

  const levels = new Map<string, { level: PostingLevel; line: number; column: number }>();
  for (const [id, skillHits] of hits) {
    for (const hit of skillHits) {
      const block = wrappedAt(hit.line);
      const asked = mentionLevel(block.text, block.offset + hit.column, level[hit.line] ?? "required");
      const best = levels.get(id);
      // The strongest ask wins; at the same level, a line of the posting's body quotes better than its title.
      const better =
        !best ||
        (best.level === "preferred" && asked === "required") ||
        (best.level === asked && best.line === title && hit.line !== title);
      if (better) levels.set(id, { level: asked, line: hit.line, column: hit.column });
    }
  }
  const out: PostingSkill[] = [];
  for (const skill of match.skills) {
    // A broader skill takes the strongest level of the skills that imply it, or its own if stronger.
    const sources = [skill.id, ...skill.impliedBy].map((id) => levels.get(id)).filter((x) => x !== undefined);
    if (sources.length === 0) continue;
    const chosen = sources.find((s) => s.level === "required") ?? sources[0]!;
    out.push({
      id: skill.id,
      name: skill.name,
      level: chosen.level,
      evidence: { text: snippet(lines[chosen.line]!, chosen.column, chosen.column), line: chosen.line },
    });
  }
  return out;
}

const STATED_ASKS = new RegExp(STATED_ASK.source, `${STATED_ASK.flags}g`);
/** Where a clause of a sentence starts: after its punctuation or a conjunction ("…, so experience with it is expected"). */
const CLAUSE_START = /[,;:—–]|\b(?:so|and|but|which|that|und|et|y)\b/giu;
/**
 * Whether a sentence's predicate is a level said of what the candidate brings: a level said of the company's own thing
 * ("Our RAG engine is a real advantage for law firms") sells, and does not ask.
 */
function statesAsk(sentence: string): boolean {
  for (const ask of sentence.matchAll(STATED_ASKS)) {
    const head = sentence.slice(0, ask.index);
    let from = 0;
    for (const start of head.matchAll(CLAUSE_START)) from = start.index + start[0].length;
    if (!COMPANY_SUBJECT.test(head.slice(from))) return true;
  }
  return false;
}

/** The sentence of a line around a column. */
function sentenceAt(line: string, column: number): string {
  return sentenceSpan(line, column).text;
}

/** The sentence of a line around a column, and the column it ends at. */
function sentenceSpan(text: string, column: number): { text: string; end: number } {
  const line = maskAbbreviations(text);
  const back = Math.max(0, column - LOOK_BACK);
  const before = line.slice(back, column);
  const found = Math.max(before.lastIndexOf(". "), before.lastIndexOf("; "), before.lastIndexOf("! "), before.lastIndexOf("? "));
  const start = found < 0 ? (back > 0 ? back - 2 : -1) : back + found;
  const ahead = Math.min(line.length, column + LOOK_BACK);
  const end = /[.;!?](?:\s|$)/.exec(line.slice(column, ahead));
  const stop = end ? column + end.index : ahead;
  return { text: text.slice(start < 0 ? 0 : start + 2, stop), end: stop };
}

/** The `analyze --posting --json` line for one posting (docs/architecture.md's stable interface), with each skill's evidence. */
export function toPostingJson(file: string, skills: PostingSkill[]) {
  return { file, skills: skills.map(({ id, name, level, evidence }) => ({ id, name, level, evidence })) };
}
