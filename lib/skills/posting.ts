import { z } from "zod";
import { defaultTaxonomy, type CompiledTaxonomy } from "./compile";
import { snippet } from "./evidence";
import { matchDetailed } from "./match";
import { prepareText } from "./normalize";
import {
  ADDRESSES_CANDIDATE,
  COMPANY_VOICE,
  COUNTED_PARTS,
  EEO_TEXT,
  HEADING_PARTS,
  NOT_AN_ASK,
  PREFERRED_CUE,
  REQUIRED_CUE,
  STATED_ASK,
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

/** If the line is a heading, the part it opens, and any text after its colon ("Requirements: Python, PyTorch"). */
function headingPart(line: string): { part: PostingPart; rest: string } | null {
  const trimmed = line.trim();
  if (!trimmed || BULLET.test(line)) return null;
  const colon = /^([^:：]{2,60}?)\s*[:：]\s*(.*)$/.exec(trimmed);
  // Only a heading alone is short: a labelled line ("Obligatorio: …") runs as long as its ask does.
  if (!colon && trimmed.length > 80) return null;
  const label = (colon ? colon[1]! : trimmed).toLowerCase().replace(/\s+/g, " ");
  // A heading is short and ends without a sentence's full stop; a labelled line ("Stack: …") may run on.
  if (!colon && (/[.!]$/.test(trimmed) || label.split(" ").length > 9)) return null;
  if (colon && label.split(" ").length > 6) return null;
  for (const [part, pattern] of HEADING_PARTS) if (pattern.test(label)) return { part, rest: colon ? colon[2]! : "" };
  return null;
}

/** A heading no pattern names: alone on its line after a blank line, short, followed by text (posting-rules.ts). */
function unnamedHeading(lines: string[], index: number): PostingPart | null {
  const line = lines[index]!.trim();
  if (index === 0 || lines[index - 1]!.trim() !== "" || !lines[index + 1]?.trim() || BULLET.test(lines[index]!)) return null;
  if (line.split(/\s+/).length > 9 || !UNNAMED_HEADING.test(line)) return null;
  return COMPANY_VOICE.test(line) ? "company" : "role";
}

/** How far before and after a mention its segment and sentence are looked for. */
const LOOK_BACK = 400;

/** The level one mention asks for: a cue in its own comma-separated part of the line, then its sentence, then the line, then the part. */
function mentionLevel(line: string, column: number, fallback: PostingLevel): PostingLevel {
  // Only a bounded look-back is scanned: a posting written as one long line would otherwise be rescanned from column 0 per mention.
  const back = Math.max(0, column - LOOK_BACK);
  const starts = [...line.slice(back, column).matchAll(/[,;]|[.!?]\s|\s(?:and|or|und|oder|y|o|et|ou)\s/g)];
  const from = starts.length > 0 ? back + starts.at(-1)!.index + starts.at(-1)![0].length : back;
  const ahead = Math.min(line.length, column + LOOK_BACK);
  const next = /[,;]|[.!?]\s|\s(?:and|or|und|oder|y|o|et|ou)\s/.exec(line.slice(column, ahead));
  // A parenthesis closes with its own segment: "Multi-agent frameworks (CrewAI, AutoGen) are nice to have".
  const segment = line.slice(from, next ? column + next.index : ahead);
  if (PREFERRED_CUE.test(segment) && !REQUIRED_CUE.test(segment)) return "preferred";
  if (REQUIRED_CUE.test(segment) && !PREFERRED_CUE.test(segment)) return "required";
  // Then its sentence: a paragraph's line holds many asks, each sentence its own.
  const sentence = sentenceAt(line, column);
  if (sentence.length < line.length) {
    const inSentence = PREFERRED_CUE.test(sentence);
    if (inSentence !== REQUIRED_CUE.test(sentence)) return inSentence ? "preferred" : "required";
  }
  const preferred = PREFERRED_CUE.test(line);
  const required = REQUIRED_CUE.test(line);
  if (preferred && !required) return "preferred";
  if (required && !preferred) return fallback === "preferred" && !/\(required\)/i.test(line) ? "preferred" : "required";
  return fallback;
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
  const prose: boolean[] = [];
  // A line wrapped from the one above belongs to its bullet or paragraph: `from` is where that block starts.
  const from: number[] = [];
  const several: boolean[] = [];
  let part: PostingPart | "intro" = "intro";
  for (const [index, line] of lines.entries()) {
    const named = headingPart(line);
    const unnamed = named ? null : unnamedHeading(lines, index);
    const heading = named ?? (unnamed ? { part: unnamed, rest: "" } : null);
    const continues = index > 0 && !heading && line.trim() !== "" && !BULLET.test(line) && from[index - 1] !== undefined;
    from.push(continues ? from[index - 1]! : index);
    if (heading || line.trim() === "") from[index] = heading ? (undefined as unknown as number) : index;
    if (heading) part = heading.part;
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
      prose.push(!BULLET.test(line));
      continue;
    }
    level.push(COUNTED_PARTS[own] ?? null);
    prose.push(own === "role" && !BULLET.test(line));
  }
  // A wrapped line is prose only if its block is: the continuation of a bullet counts as the bullet does.
  for (let i = 0; i < lines.length; i++) if (from[i] !== undefined && from[i] !== i && !prose[from[i]!]) prose[i] = false;
  const title = lines.findIndex((l) => l.trim() !== "");
  /** The sentence around a column, read across the lines its paragraph wraps over. */
  const sentenceAcross = (line: number, column: number) => {
    const start = from[line] ?? line;
    let end = line;
    while (end + 1 < lines.length && from[end + 1] === start && end + 1 !== start) end++;
    if (start === line && end === line) return sentenceAt(lines[line]!, column);
    const before = lines.slice(start, line);
    const offset = before.reduce((n, l) => n + l.length + 1, 0);
    return sentenceAt(lines.slice(start, end + 1).join(" "), offset + column);
  };
  const counts = (line: number, column: number) => {
    if (level[line] === null || level[line] === undefined) return false;
    if (several[line]) {
      const own = sentenceAt(lines[line]!, column);
      if (EEO_TEXT.test(own) || NOT_AN_ASK.test(own)) return false;
    }
    if (!prose[line]) return true;
    const sentence = sentenceAcross(line, column);
    // The title line (first non-empty line) names the role itself; a sentence whose predicate is a level ("… is
    // required", "… would be a plus") is an ask even where it does not say "you".
    return line === title || ADDRESSES_CANDIDATE.test(sentence) || STATED_ASK.test(sentence);
  };
  const { match, hits } = matchDetailed(lines.join("\n"), taxonomy, { scope: "posting", counts });

  const levels = new Map<string, { level: PostingLevel; line: number; column: number }>();
  for (const [id, skillHits] of hits) {
    for (const hit of skillHits) {
      const asked = mentionLevel(lines[hit.line]!, hit.column, level[hit.line] ?? "required");
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

/** The sentence of a line around a column. */
function sentenceAt(line: string, column: number): string {
  const back = Math.max(0, column - LOOK_BACK);
  const before = line.slice(back, column);
  const found = Math.max(before.lastIndexOf(". "), before.lastIndexOf("; "), before.lastIndexOf("! "), before.lastIndexOf("? "));
  const start = found < 0 ? (back > 0 ? back - 2 : -1) : back + found;
  const ahead = Math.min(line.length, column + LOOK_BACK);
  const end = /[.;!?](?:\s|$)/.exec(line.slice(column, ahead));
  return line.slice(start < 0 ? 0 : start + 2, end ? column + end.index : ahead);
}

/** The `analyze --posting --json` line for one posting (docs/architecture.md's stable interface), with each skill's evidence. */
export function toPostingJson(file: string, skills: PostingSkill[]) {
  return { file, skills: skills.map(({ id, name, level, evidence }) => ({ id, name, level, evidence })) };
}
