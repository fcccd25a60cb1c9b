import { z } from "zod";
import { lineSections } from "../skills/sections";

export const seniorityLevelSchema = z.enum(["entry", "mid", "senior", "staff"]);
export type SeniorityLevel = z.infer<typeof seniorityLevelSchema>;

export interface SeniorityEstimate {
  level: SeniorityLevel;
  reason: string;
  years: number;
  title: string | null;
}

const MONTHS: Record<string, number> = {
  jan: 0,
  feb: 1,
  mar: 2,
  apr: 3,
  may: 4,
  jun: 5,
  jul: 6,
  aug: 7,
  sep: 8,
  sept: 8,
  oct: 9,
  nov: 10,
  dec: 11,
  // German and Spanish abbreviations that differ from English.
  mär: 2,
  mai: 4,
  okt: 9,
  dez: 11,
  ene: 0,
  abr: 3,
  ago: 7,
  dic: 11,
};
// Spanish and French may put "de" between month and year: "desde marzo de 2022", "depuis mars de 2021".
const MONTH = "(?:(\\p{L}{3,10})\\.?\\s+(?:de\\s+)?|(\\d{1,2})[/.])?";
const YEAR = "((?:19|20)\\d{2})";
const OPEN_END = "(present|current|now|today|ongoing|heute|aktuell|actualidad|presente|hoy|aujourd'hui|présent|actuel)";
const SEPARATOR = "(?:→|->|-|–|—|to|bis|a|hasta)";
/** Where a date starts, month and year as MONTH and YEAR read them, without their groups: for the lookaheads below. */
const DATE_START = "(?:\\p{L}{3,10}\\.?\\s+(?:de\\s+)?|\\d{1,2}[/.])?(?:19|20)\\d{2}";
const RANGE_SOURCE = `${MONTH}${YEAR}\\s*${SEPARATOR}\\s*(?:${MONTH}${YEAR}|${OPEN_END})`;
/** A range open at the end by its preposition, "since Jan 2024", "depuis 09/2022", "desde 10/2022", "seit 2021". */
const SINCE = new RegExp(`\\b(?:since|depuis|desde|seit|dès)\\s+${MONTH}${YEAR}(?!\\s*${SEPARATOR}\\s*${DATE_START})`, "giu");
const RANGE = new RegExp(RANGE_SOURCE, "giu");
const STATED_MONTHS = /^[^\n]{0,40}?(\(\s*)?\b(\d{1,2})\s+(?:months|mois|meses|monate)\b(\s*\))?/iu;
/** A stated duration is the total worked only when it says so, or stands alone in its parenthesis: "(10 months)". */
const TOTAL_MARKER = /\b(?:in total|total|insgesamt|en total|au total)\b/iu;
const RANGE_TEST = new RegExp(RANGE_SOURCE, "iu");

/** Title words by level, most senior first so that "Senior Staff Engineer" reads as staff. */
const TITLE_LEVELS: [SeniorityLevel, RegExp][] = [
  ["staff", /\b(?:staff|principal|distinguished|head of|director|vp|vice president|chief|cto)\b/i],
  ["senior", /\b(?:senior|sr\.?|lead|tech lead|team lead|leitend\w*|l[ií]der)\b/i],
  [
    "entry",
    /\b(?:intern|internship|trainee|praktikant\w*|becari[oa]|junior|jr\.?|graduate|entry[- ]level|apprentice|student|werkstudent\w*|research assistant|teaching assistant|aspiring)\b/i,
  ],
];
const ROLE_WORD =
  /\b(?:engineer|developer|scientist|analyst|researcher|architect|manager|consultant|programmer|intern|trainee|assistant|coordinator|administrator|executive|representative|specialist|officer|designer|artist|pharmacist|nurse|statistician|biostatistician|technician|accountant|associate|advis[eo]r|lawyer|attorney|counsel|editor|writer|producer|planner|strategist|teacher|lecturer|professor|physician|agent|broker|recruiter|auditor|controller|director|lead|head|founder|owner|avocat\w*|juriste|collaborat\w*|associ[ée]\w*|responsable|contr[ôo]leu\w*|infirmi\w*|abogad[oa]|jurista|enfermer[oa]|gerente|jef[ea]|anw[äa]lt\w*|jurist\w*|referent\w*|leiter\w*|sachbearbeit\w*|werkstudent\w*|praktikant\w*|ingenieur\w*|entwickler\w*|berater\w*|ingenier[oa]|desarrollador\w*|cient[ií]fic[oa]|becari[oa]|analista|consultor[a]?|agente|ingénieur\w*|développeu\w*|chargée?|consultante?|stagiaire|chef)\b/i;
/** A headline that moves to a new field: a recruiter reads the candidate as new to it, whatever came before. */
const CAREER_CHANGE = /\baspiring\b|\bcareer chang|\btransitioning\b|→|->|\breconversion\b|\bquereinstieg|\ben transición\b/i;

function monthOf(name: string | undefined, number: string | undefined, fallback: number): number {
  if (number) return Math.min(11, Math.max(0, Number(number) - 1));
  if (name) return MONTHS[name.toLowerCase().slice(0, name.toLowerCase().startsWith("sept") ? 4 : 3)] ?? fallback;
  return fallback;
}

/** Months covered by the union of date ranges, so that overlapping jobs are counted once. */
function mergedMonths(ranges: [number, number][]): number {
  const sorted = ranges.filter(([a, b]) => b >= a).sort((x, y) => x[0] - y[0]);
  let total = 0;
  let current: [number, number] | null = null;
  for (const [start, end] of sorted) {
    if (current && start <= current[1]) current[1] = Math.max(current[1], end);
    else {
      if (current) total += current[1] - current[0];
      current = [start, end];
    }
  }
  if (current) total += current[1] - current[0];
  return total;
}

function levelFromYears(years: number): SeniorityLevel {
  if (years < 2) return "entry";
  if (years < 5) return "mid";
  return "senior";
}

/**
 * Estimates seniority from the most recent job title and the years spanned by work date ranges (education excluded,
 * overlaps merged). The most recent title is the first role line of the work section (resumes list jobs newest
 * first), or the headline above the first section; it wins when it names a level. Otherwise the years decide,
 * counting only entries that name a role (engineer, analyst, intern…) when any do, so a café job before a bootcamp
 * does not make a career changer mid-level.
 */
export function estimateSeniority(input: string, now: Date): SeniorityEstimate {
  // Layouts run a title into its dates ("Engineer2019 – 2023") and wrap a range across lines ("Jan 2024 –\npresent").
  const text = input
    .replace(/(\p{L})((?:19|20)\d{2})/gu, "$1 $2")
    .replace(
      new RegExp(`([–—-])[ \\t]*\\n[ \\t]*(?=${DATE_START}|present|current|now|today|heute|actualidad|presente|aujourd)`, "giu"),
      "$1 ",
    )
    // Only a dash followed by the range's end: a bullet dash under a line ending in a year starts a new line.
    .replace(
      new RegExp(
        `((?:19|20)\\d{2})[ \\t]*\\n[ \\t]*([–—-])(?=[ \\t]*(?:${DATE_START}|present|current|now|today|heute|actualidad|presente|hoy|aujourd))`,
        "giu",
      ),
      "$1 $2",
    )
    // A range left open at the end of its line ("Engineer 2023–") runs to the present.
    .replace(/((?:19|20)\d{2})[ \t]*([–—-])[ \t]*$/gmu, "$1 $2 present")
    // ISO year and month ("2022-09 → today") read as the month-first form the ranges know ("09/2022").
    .replace(/\b((?:19|20)\d{2})-(0[1-9]|1[0-2])(?!\d)/g, "$2/$1");
  const lines = text.split("\n");
  const sections = lineSections(lines);
  const hasWorkSection = sections.includes("experience");
  const nowMonth = now.getUTCFullYear() * 12 + now.getUTCMonth();
  const ranges: { months: [number, number]; titled: boolean }[] = [];
  let recentRole: string | null = null;
  let headline: string | null = null;

  lines.forEach((line, index) => {
    const section = sections[index];
    const isRole = ROLE_WORD.test(line) && line.length < 140;
    // The headline under the name may be a bare level ("Bootcamp Graduate", "Sales Team Lead") without a role word.
    const namesLevel = line.length < 80 && TITLE_LEVELS.some(([, pattern]) => pattern.test(line));
    if (section === null && (isRole || namesLevel) && !headline) headline = line.trim();
    const isWork = hasWorkSection ? section === "experience" : section !== "education";
    if (!isWork) return;
    if (isRole && !recentRole) recentRole = line.trim();
    const previous = lines[index - 1] ?? "";
    for (const m of line.matchAll(RANGE)) {
      const start = Number(m[3]) * 12 + monthOf(m[1], m[2], 0);
      // An end month counts in full: "Jan 2018 - Dec 2021" is four years.
      const end = m[7] ? nowMonth : Number(m[6]) * 12 + monthOf(m[4], m[5], 11) + 1;
      // The title sits on the range's line or, in two-line entries, on the line above it (or below, where dates lead).
      const following = lines[index + 1] ?? "";
      const titled =
        isRole || (ROLE_WORD.test(previous) && !RANGE_TEST.test(previous)) || (ROLE_WORD.test(following) && !RANGE_TEST.test(following));
      // A stated duration beside the range ("2019–2021 (contract, 10 months in total)") is what was worked.
      const after = line.slice(m.index + m[0].length);
      const found = STATED_MONTHS.exec(after);
      const stated = found && ((found[1] && found[3]) || TOTAL_MARKER.test(after.slice(0, found[0].length + 12))) ? found : null;
      const last = stated ? Math.min(end, start + Number(stated[2])) : end;
      if (start <= nowMonth && end - start < 50 * 12) ranges.push({ months: [start, Math.min(last, nowMonth)], titled });
    }
    for (const m of line.matchAll(SINCE)) {
      const start = Number(m[3]) * 12 + monthOf(m[1], m[2], 0);
      const titled = isRole || ROLE_WORD.test(previous) || ROLE_WORD.test(lines[index + 1] ?? "");
      if (start <= nowMonth && nowMonth - start < 50 * 12) ranges.push({ months: [start, nowMonth], titled });
    }
  });

  const counted = ranges.some((r) => r.titled) ? ranges.filter((r) => r.titled) : ranges;
  const years = Math.round((mergedMonths(counted.map((r) => r.months)) / 12) * 10) / 10;
  const title = (recentRole ?? headline) as string | null;
  const level = title ? TITLE_LEVELS.find(([, pattern]) => pattern.test(title))?.[0] : undefined;
  const yearsText = counted.length > 0 ? `${years} years of dated work experience` : "no dated work experience found";
  if (headline && CAREER_CHANGE.test(headline) && level !== "senior" && level !== "staff") {
    return { level: "entry", years, title: headline, reason: `Headline "${headline}" changes field; ${yearsText}.` };
  }
  if (title && level) {
    return { level, years, title, reason: `Most recent title: "${title}"; ${yearsText}.` };
  }
  if (counted.length === 0) {
    return { level: "entry", years, title, reason: "No job title with a level and no dated work experience found." };
  }
  return {
    level: levelFromYears(years),
    years,
    title,
    reason: `${yearsText[0]!.toUpperCase()}${yearsText.slice(1)}; no level in the most recent title.`,
  };
}
