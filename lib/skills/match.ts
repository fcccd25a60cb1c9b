import { isAspiration } from "./aspiration";
import { defaultTaxonomy, type CompiledTaxonomy, type Phrase } from "./compile";
import { GUARDS, type MatchContext } from "./context";
import type { Aspiration, Evidence, FoundSkill, SkillMatch, SkillUsage } from "./schema";
import { headingKind, lineSections, type SectionKind } from "./sections";
import { joinable, tokenize, type Token } from "./tokens";

const MAX_EVIDENCE = 3;
const SNIPPET_CHARS = 180;

interface Hit {
  skillId: string;
  form: string;
  line: number;
  column: number;
  end: number;
  usage: Exclude<SkillUsage, "implied">;
}

/** The phrase's words matched at token `at`, or -1: the index of the last token it covers. */
function phraseEnd(text: string, tokens: Token[], at: number, phrase: Phrase): number {
  let index = at;
  for (let w = 0; w < phrase.words.length; w++, index++) {
    const token = tokens[index];
    if (!token) return -1;
    if ((phrase.caseSensitive ? token.raw : token.lower) !== phrase.words[w]) return -1;
    const before = tokens[index - 1];
    if (w > 0 && before && !joinable(text, before, token)) return -1;
  }
  return index - 1;
}

/** A line that reads as a list of skills: several short items separated by commas, pipes or bullets. */
function isListLine(line: string): boolean {
  const items = line.split(/[,|·•;/]/).map((item) => item.trim()).filter(Boolean);
  if (items.length < 3) return false;
  const short = items.filter((item) => item.split(/\s+/).length <= 4).length;
  return short / items.length >= 0.75;
}

/** A line such as "Skills: Python, PyTorch" names its own section. */
function inlineSection(line: string): SectionKind | null {
  const label = /^\s*([^:：]{3,40})[:：]\s*\S/.exec(line)?.[1];
  return label ? headingKind(label) : null;
}

function snippet(line: string, column: number, end: number): string {
  const trimmed = line.trim();
  if (trimmed.length <= SNIPPET_CHARS) return trimmed;
  const offset = line.indexOf(trimmed);
  const from = Math.max(0, column - offset - SNIPPET_CHARS / 3);
  const to = Math.min(trimmed.length, from + SNIPPET_CHARS);
  const start = from === 0 ? 0 : trimmed.indexOf(" ", from) + 1;
  const stop = to === trimmed.length ? to : Math.max(trimmed.lastIndexOf(" ", to), end - offset);
  return `${start > 0 ? "…" : ""}${trimmed.slice(start, stop).trim()}${stop < trimmed.length ? "…" : ""}`;
}

/**
 * Finds the taxonomy's skills in normalized resume text, each with the lines that evidence it. Mentions that are
 * goals or negations are returned apart, as aspirations. Narrower skills add the broader skills they imply.
 */
export function matchSkills(text: string, taxonomy: CompiledTaxonomy = defaultTaxonomy()): SkillMatch {
  const lines = text.split("\n");
  const lineStarts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    lineStarts.push(offset);
    offset += line.length + 1;
  }
  const sections = lineSections(lines);
  const listLines = new Map<number, boolean>();
  const isList = (line: number) => {
    let cached = listLines.get(line);
    if (cached === undefined) listLines.set(line, (cached = isListLine(lines[line] ?? "")));
    return cached;
  };

  const tokens = tokenize(text);
  const hits: Hit[] = [];
  const aspirations = new Map<string, Aspiration>();

  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at]!;
    const candidates = taxonomy.byFirstWord.get(token.lower);
    if (!candidates) continue;
    const matchedHere = new Set<string>();
    for (const phrase of candidates) {
      if (matchedHere.has(phrase.skillId)) continue;
      const last = phraseEnd(text, tokens, at, phrase);
      if (last < 0) continue;
      const lineText = lines[token.line] ?? "";
      const section = inlineSection(lineText) ?? sections[token.line] ?? null;
      const inList = isList(token.line);
      const context: MatchContext = { tokens, first: at, last, section, inList };
      if (phrase.guard && !GUARDS[phrase.guard](context)) continue;
      matchedHere.add(phrase.skillId);

      const column = token.start - (lineStarts[token.line] ?? 0);
      const end = Math.min(lineText.length, tokens[last]!.end - (lineStarts[token.line] ?? 0));
      if (isAspiration(lineText, column, end)) {
        const skill = taxonomy.skills.get(phrase.skillId)!;
        if (!aspirations.has(skill.id)) aspirations.set(skill.id, { id: skill.id, name: skill.name, text: snippet(lineText, column, end) });
        continue;
      }
      const usage = section === "skills" || (inList && section !== "experience" && section !== "projects") ? "listed" : "used";
      hits.push({ skillId: phrase.skillId, form: text.slice(token.start, tokens[last]!.end), line: token.line, column, end, usage });
    }
  }

  const direct = new Map<string, Hit[]>();
  for (const hit of hits) direct.set(hit.skillId, [...(direct.get(hit.skillId) ?? []), hit]);

  const evidenceOf = (skillHits: Hit[]): Evidence[] => {
    const seenLines = new Set<number>();
    const evidence: Evidence[] = [];
    // Prefer described work over list entries: it is the stronger proof.
    for (const hit of [...skillHits].sort((a, b) => (a.usage === b.usage ? a.line - b.line : a.usage === "used" ? -1 : 1))) {
      if (seenLines.has(hit.line) || evidence.length >= MAX_EVIDENCE) continue;
      seenLines.add(hit.line);
      evidence.push({ text: snippet(lines[hit.line] ?? "", hit.column, hit.end), section: sections[hit.line] ?? null, line: hit.line });
    }
    return evidence;
  };

  const found = new Map<string, FoundSkill>();
  for (const [skillId, skillHits] of direct) {
    const skill = taxonomy.skills.get(skillId)!;
    found.set(skillId, {
      id: skillId,
      name: skill.name,
      usage: skillHits.some((hit) => hit.usage === "used") ? "used" : "listed",
      evidence: evidenceOf(skillHits),
      matched: [...new Set(skillHits.map((hit) => hit.form))],
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
        evidence: evidenceOf(skillHits),
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

  const order = [...taxonomy.skills.keys()];
  return {
    skills: [...found.values()].sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id)),
    aspirations: [...aspirations.values()],
    sections: [...new Set(sections.filter((s): s is SectionKind => s !== null))],
  };
}
