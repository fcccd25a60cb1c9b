import { z } from "zod";
import { defaultTaxonomy, type CompiledTaxonomy } from "./compile";
import { matchSkills } from "./match";
import { prepareText } from "./normalize";

export const postingLevelSchema = z.enum(["required", "preferred"]);
export const postingSkillSchema = z.object({ id: z.string(), name: z.string(), level: postingLevelSchema });
export type PostingLevel = z.infer<typeof postingLevelSchema>;
export type PostingSkill = z.infer<typeof postingSkillSchema>;

type Part = PostingLevel | "ignored";

/** Posting headings, normalized (lower case, no trailing colon), and the part of the posting they open. */
const HEADINGS = new Map<string, Part>([
  ...[
    "requirements",
    "required",
    "required qualifications",
    "required skills",
    "minimum qualifications",
    "basic qualifications",
    "qualifications",
    "what you'll need",
    "what you need",
    "what we're looking for",
    "what we are looking for",
    "must have",
    "must-have",
    "must haves",
    "must-haves",
    "you have",
    "you bring",
    "about you",
    "responsibilities",
    "what you'll do",
    "what you will do",
    "the role",
    "about the role",
    "your role",
    "key responsibilities",
    "skills",
    "tech stack",
    "our stack",
    "anforderungen",
    "dein profil",
    "ihr profil",
    "deine aufgaben",
    "aufgaben",
    "requisitos",
    "perfil",
    "responsabilidades",
  ].map((h) => [h, "required"] as const),
  ...[
    "nice to have",
    "nice-to-have",
    "nice to haves",
    "nice-to-haves",
    "preferred",
    "preferred qualifications",
    "preferred skills",
    "bonus",
    "bonus points",
    "pluses",
    "plus",
    "it's a plus",
    "extra credit",
    "good to have",
    "wünschenswert",
    "von vorteil",
    "plus punkte",
    "deseable",
    "se valorará",
    "valorable",
  ].map((h) => [h, "preferred"] as const),
  ...[
    "about us",
    "about the company",
    "who we are",
    "our mission",
    "benefits",
    "perks",
    "what we offer",
    "why join us",
    "compensation",
    "equal opportunity",
    "how to apply",
    "über uns",
    "wir bieten",
    "benefícios",
    "sobre nosotros",
    "ofrecemos",
  ].map((h) => [h, "ignored"] as const),
]);

/** A line that says the skills on it are optional, inside any part of the posting. */
const PREFERRED_CUE =
  /\b(?:nice to have|nice-to-have|a plus|is a plus|are a plus|bonus|preferred|ideally|desirable|optional|good to have|von vorteil|wünschenswert|deseable|se valorará)\b/i;

function headingPart(line: string): { part: Part; rest: string } | null {
  const match = /^\s*([^:：]{2,40}?)\s*[:：]\s*(.*)$/.exec(line);
  const label = (match ? match[1]! : line)
    .trim()
    .toLowerCase()
    .replace(/\s+/g, " ")
    .replace(/[!.]+$/, "");
  const part = HEADINGS.get(label);
  return part ? { part, rest: match ? match[2]! : "" } : null;
}

/**
 * The skills a job posting asks for, each required or preferred. Sections ("Requirements", "Nice to have") and
 * line cues ("… is a plus") decide the level; where the posting says nothing, a skill is required. Text about the
 * company or its benefits is not an ask. The same matcher as for resumes runs on each part, without the aspiration
 * rule ("you want to build agents" is an ask here, not a goal).
 */
export function extractPostingSkills(text: string, taxonomy: CompiledTaxonomy = defaultTaxonomy()): PostingSkill[] {
  const lines = prepareText(text).split("\n");
  const parts: Part[] = [];
  let current: Part = "required";
  for (const line of lines) {
    const heading = headingPart(line);
    if (heading) current = heading.part;
    const part = heading?.rest ? heading.part : current;
    parts.push(part !== "ignored" && PREFERRED_CUE.test(line) ? "preferred" : part);
  }
  // Each part is matched with the others blanked out, so line numbers (and guards' windows) stay local to it.
  const only = (level: PostingLevel) => lines.map((line, i) => (parts[i] === level ? line : "")).join("\n");
  const options = { aspirations: false };
  const required = matchSkills(only("required"), taxonomy, options).skills;
  const requiredIds = new Set(required.map((skill) => skill.id));
  const preferred = matchSkills(only("preferred"), taxonomy, options).skills.filter((skill) => !requiredIds.has(skill.id));
  const order = [...taxonomy.skills.keys()];
  return [
    ...required.map((skill) => ({ id: skill.id, name: skill.name, level: "required" as const })),
    ...preferred.map((skill) => ({ id: skill.id, name: skill.name, level: "preferred" as const })),
  ].sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
}

/** The `analyze --posting --json` line for one posting (DESIGN.md's stable interface). */
export function toPostingJson(file: string, skills: PostingSkill[]) {
  return { file, skills: skills.map(({ id, name, level }) => ({ id, name, level })) };
}
