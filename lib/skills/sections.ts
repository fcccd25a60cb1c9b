import { z } from "zod";
import { firstNonSpace, lowerAscii } from "./chars";

export const sectionKindSchema = z.enum([
  "summary",
  "experience",
  "projects",
  "education",
  "skills",
  "publications",
  "certifications",
  "other",
]);
export type SectionKind = z.infer<typeof sectionKindSchema>;

/** How a section is named wherever the product shows one. */
export const SECTION_LABELS: Record<SectionKind, string> = {
  summary: "Summary",
  experience: "Experience",
  projects: "Projects",
  education: "Education",
  skills: "Skills",
  publications: "Publications",
  certifications: "Certifications",
  other: "Other",
};

/** Heading words per section, in English, German and Spanish (resumes in those languages use English tech terms). */
export const HEADINGS: Record<Exclude<SectionKind, "other">, string[]> = {
  summary: [
    "summary",
    "profile",
    "about",
    "about me",
    "objective",
    "professional summary",
    "career summary",
    "profil",
    "kurzprofil",
    "zusammenfassung",
    "perfil",
    "resumen",
    "perfil profesional",
    "sobre mí",
    "résumé",
  ],
  experience: [
    "experience",
    "work experience",
    "professional experience",
    "employment",
    "employment history",
    "work history",
    "career history",
    "relevant experience",
    "industry experience",
    "research experience",
    "berufserfahrung",
    "berufliche erfahrung",
    "praxiserfahrung",
    "experiencia",
    "experiencia laboral",
    "experiencia profesional",
    "expérience",
    "expériences",
    "expérience professionnelle",
    "parcours professionnel",
    "work",
    "career",
    "beruf",
    "beruflicher werdegang",
    "trayectoria profesional",
  ],
  projects: [
    "projects",
    "personal projects",
    "selected projects",
    "side projects",
    "key projects",
    "open source",
    "open source projects",
    "projekte",
    "proyectos",
    "projets",
  ],
  education: [
    "education",
    "academic background",
    "education and training",
    "ausbildung",
    "bildung",
    "studium",
    "bildungsweg",
    "educación",
    "educacion",
    "formación",
    "formacion",
    "formación académica",
    "formation",
    "études",
    "estudios",
    "qualifications",
    "training",
  ],
  skills: [
    "skills",
    "technical skills",
    "core skills",
    "key skills",
    "technologies",
    "tech stack",
    "tools",
    "competencies",
    "core competencies",
    "skills and tools",
    "skills & tools",
    "technical expertise",
    "expertise",
    "languages and tools",
    "programming languages",
    "kenntnisse",
    "fähigkeiten",
    "technische kenntnisse",
    "it-kenntnisse",
    "it kenntnisse",
    "habilidades",
    "competencias",
    "conocimientos",
    "aptitudes",
    "skills & interests",
    "skills and interests",
    "computer skills",
    "compétences",
    "compétences techniques",
  ],
  publications: ["publications", "papers", "selected publications", "veröffentlichungen", "publicaciones"],
  certifications: [
    "certifications",
    "certificates",
    "courses",
    "licenses & certifications",
    "zertifikate",
    "certificaciones",
    "awards",
    "honors",
    "honors and awards",
    "awards and honors",
  ],
};

const HEADING_LOOKUP = new Map<string, SectionKind>(
  Object.entries(HEADINGS).flatMap(([kind, words]) => words.map((w) => [w, kind as SectionKind] as const)),
);

/** Characters no heading in HEADINGS contains: a line with one is content ("Python, SQL", "2019 - 2023"). */
const NEVER_IN_HEADING = /[\d,.|•@()/;]/;

/**
 * Every heading starts with the first three letters of a heading (a heading named by its first part too): as a
 * number, three ASCII char codes in lower case, for the headings that start with three ASCII characters.
 */
const PREFIX = 3;
const prefixCode = (a: number, b: number, c: number) => (a << 14) | (b << 7) | c;

/**
 * The test of whether a line whose text starts at `first` may be one of `headings` (lower case), from its first
 * three characters alone. Most lines are not, and this spares them a trimmed and a lower-cased copy. Characters
 * beyond ASCII or spaces there (whose lower case or folding may differ) leave the question to the full test, and so
 * does a line that starts with a heading shorter than the prefix ("AI").
 */
export function headingPrefixTest(headings: Iterable<string>): (line: string, first: number) => boolean {
  const prefixes = new Set<number>();
  const short: string[] = [];
  for (const key of headings) {
    if (key.length < PREFIX) {
      short.push(key);
      continue;
    }
    const [a, b, c] = [key.charCodeAt(0), key.charCodeAt(1), key.charCodeAt(2)];
    if (a < 128 && b < 128 && c < 128) prefixes.add(prefixCode(a, b, c));
  }
  return (line, first) => {
    if (first + PREFIX > line.length) return true;
    const a = line.charCodeAt(first);
    const b = line.charCodeAt(first + 1);
    const c = line.charCodeAt(first + 2);
    if (a >= 128 || b >= 128 || c >= 128 || b <= 32 || c <= 32) return true;
    if (prefixes.has(prefixCode(lowerAscii(a), lowerAscii(b), lowerAscii(c)))) return true;
    return short.length > 0 && short.some((key) => startsWithFolded(line, first, key));
  };
}

/** Whether the line at `first` starts with `key` once its ASCII capitals are folded; a character beyond ASCII may. */
function startsWithFolded(line: string, first: number, key: string): boolean {
  for (let i = 0; i < key.length; i++) {
    const code = line.charCodeAt(first + i);
    if (code >= 128) return true;
    if (lowerAscii(code) !== key.charCodeAt(i)) return false;
  }
  return true;
}

const mayBeHeading = headingPrefixTest(HEADING_LOOKUP.keys());

/** If the line is a section heading ("Technical Skills:", "EXPERIENCE"), its kind. */
export function headingKind(line: string): SectionKind | null {
  // Runs for every line of every resume: most lines are sentences, too long to be a heading.
  if (line.length > 60) return null;
  const start = firstNonSpace(line);
  if (start < 0 || !mayBeHeading(line, start)) return null;
  const trimmed = line.trim();
  if (trimmed.length === 0 || trimmed.length > 42 || NEVER_IN_HEADING.test(trimmed)) return null;
  let key = trimmed.toLowerCase();
  if (key.endsWith(":") || key.endsWith("：")) key = key.slice(0, -1).trimEnd();
  if (key.includes("  ")) key = key.replace(/\s+/g, " ");
  const known = HEADING_LOOKUP.get(key);
  if (known) return known;
  // "Education & Research", "Skills and Languages": a heading named by its first part.
  const first = /^(.{3,30}?)\s+(?:&|and|und|y|et|\/)\s+/.exec(key)?.[1];
  return first ? (HEADING_LOOKUP.get(first) ?? null) : null;
}

/** The section each line of the text belongs to (null before the first heading). */
export function lineSections(lines: string[], headings?: (SectionKind | null)[]): (SectionKind | null)[] {
  let current: SectionKind | null = null;
  return lines.map((line, index) => {
    const heading = headings ? headings[index]! : headingKind(line);
    if (heading) current = heading;
    return current;
  });
}
