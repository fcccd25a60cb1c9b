import { z } from "zod";
import { headingKind, lineSections, type SectionKind } from "../skills/sections";
import {
  CAREER_CHANGE_WORDS,
  COMPANY_FORMS,
  DEGREE_ABBREVIATIONS,
  DEGREE_WORDS,
  HEAD_OF_UNIT,
  LEVEL_WORDS,
  MONTH_NAMES,
  OPEN_ENDS,
  PROMOTION_TARGETS,
  RANGE_MARKS,
  RANGE_WORDS,
  ROLE_STEMS,
  ROLE_WORDS,
  SINCE_WORDS,
  UNPAID_WORDS,
} from "./seniority-words";

export const seniorityLevelSchema = z.enum(["entry", "mid", "senior", "staff"]);
export type SeniorityLevel = z.infer<typeof seniorityLevelSchema>;

export interface SeniorityEstimate {
  level: SeniorityLevel;
  reason: string;
  years: number;
  title: string | null;
}

/** A word of the lists as a pattern: an apostrophe stands for either apostrophe, a space for any run of spaces. */
const wordSource = (word: string) =>
  word
    .replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")
    .replace(/'/g, "['’]")
    .replace(/ /g, "\\s+");
/** Any of the words, longest first ("aujourd'hui" before "auj"). */
const alternation = (words: string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(wordSource)
    .join("|");
/** Any of the words as a whole word: no letter or digit either side. */
const wordsSource = (words: string[]) => `(?<![\\p{L}\\p{N}])(?:${alternation(words)})(?![\\p{L}\\p{N}])`;
const wordsPattern = (words: string[], flags = "iu") => new RegExp(wordsSource(words), flags);

/** Every prefix of three letters or more of a month name, to its month; -1 where two months share it ("jui"). */
const MONTH_BY_PREFIX = new Map<string, number>();
MONTH_NAMES.forEach((names, month) => {
  for (const name of names) {
    for (let length = 3; length <= name.length; length++) {
      const prefix = name.slice(0, length);
      const known = MONTH_BY_PREFIX.get(prefix);
      MONTH_BY_PREFIX.set(prefix, known === undefined || known === month ? month : -1);
    }
  }
});

// Spanish and French may put "de" between month and year: "desde marzo de 2022", "depuis mars de 2021"; a day may
// stand before the month's name, with its article or ordinal: "depuis le 1er janvier 2024", "seit 1. März 2021",
// "desde el 3 de mayo de 2022", "since 14 March 2023".
const DAY = "(?:(?:le|el|the|dem|den)\\s+)?\\d{1,2}(?:er|re|st|nd|rd|th|º|\\.)?\\s+(?:de\\s+)?";
const MONTH = `(?:(?:${DAY})?(\\p{L}{3,10})\\.?\\s+(?:de\\s+)?|(\\d{1,2})[/.])?`;
const YEAR = "(?<!\\d)((?:19|20)\\d{2})(?!\\d)";
const OPEN_END = `(${wordsSource(OPEN_ENDS)})`;
const MARK = `(?:${alternation(RANGE_MARKS)})`;
const SEPARATOR = `(?:\\s*${MARK}\\s*|\\s+${wordsSource(RANGE_WORDS)}\\s+)`;
/** Where a date starts, month and year as MONTH and YEAR read them, without their groups: for the lookaheads below. */
const DATE_START = `(?:(?:${DAY})?\\p{L}{3,10}\\.?\\s+(?:de\\s+)?|\\d{1,2}[/.])?(?<!\\d)(?:19|20)\\d{2}(?!\\d)`;
const DATE_OR_OPEN_END = `(?:${DATE_START}|${wordsSource(OPEN_ENDS)})`;
const RANGE_SOURCE = `${MONTH}${YEAR}${SEPARATOR}(?:${MONTH}${YEAR}|${OPEN_END})`;
const RANGE = new RegExp(RANGE_SOURCE, "giu");
const LEADING_RANGE = new RegExp(`^\\s*${RANGE_SOURCE}`, "iu");
const A_YEAR = /(?:19|20)\d{2}/;
/** A range open at the end by its preposition, "since Jan 2024", "depuis 09/2022", "desde 10/2022", "seit 2021". */
const SINCE = new RegExp(`${wordsSource(SINCE_WORDS)}\\s+${MONTH}${YEAR}(?!${SEPARATOR}${DATE_START})`, "giu");
const SINCE_WORD = new RegExp(wordsSource(SINCE_WORDS), "giu");
/**
 * A line with its ranges and "since" dates replaced by `by`. Both patterns hold a four-digit year: a line without one
 * (most lines) is returned as it is, without their scans.
 */
const withoutRanges = (line: string, by: string) => (A_YEAR.test(line) ? line.replace(RANGE, by).replace(SINCE, by) : line);
const DATED = new RegExp(`${RANGE_SOURCE}|${wordsSource(SINCE_WORDS)}\\s+${DATE_START}`, "iu");
/** "2019–22", "2021/22": an end year written with two digits, read in the start's century (or the next one). */
const TWO_DIGIT_END = new RegExp(`(?<!\\d)((?:19|20)\\d{2})(\\s*${MARK}\\s*)['’]?(\\d{2})(?!\\d|[./:-]\\d)`, "gu");
/**
 * A date whose year has two digits, "Mar ’19", "03/19" or "’19": read as one only in a range or after "since",
 * where nothing else has that shape. Groups: month word, month number, year.
 */
const SHORT_DATE = "(?:(\\p{L}{3,10})\\.?\\s*['’]|(?<![\\d/.])(0[1-9]|1[0-2])[/.]|(?<![\\p{L}\\p{N}])['’])(\\d{2})(?![\\d/.])";
const SHORT_RANGE = new RegExp(`${SHORT_DATE}(${SEPARATOR})(?:${SHORT_DATE}|${OPEN_END})`, "giu");
const SHORT_SINCE = new RegExp(`(${wordsSource(SINCE_WORDS)}\\s+)${SHORT_DATE}`, "giu");
/**
 * What every SHORT_DATE holds, whichever of its forms: two digits after an apostrophe or after a month number and its
 * mark, and no digit, slash or dot after them. SHORT_RANGE tries its word form at every letter of the text, the
 * dearest pattern of the whole analysis; most resumes write no two-digit year, and this plain scan spares them it.
 */
const SHORT_YEAR = /['’]\d{2}(?![\d/.])|(?:0[1-9]|1[0-2])[/.]\d{2}(?![\d/.])/;
/** A dash after a leading date with the title after it, not a date: "2022–  Freelance editor" runs to the present. */
const OPEN_BEFORE_TITLE = new RegExp(`^([ \\t]*${DATE_START})[ \\t]*([–—→-])(?=[ \\t]+\\p{L})(?![ \\t]*${DATE_OR_OPEN_END})`, "gimu");

const STATED_MONTHS = /^[^\n]{0,40}?(\(\s*)?\b(\d{1,2})\s+(?:months|mois|meses|monate)\b(\s*\))?/iu;
/** A stated duration is the total worked only when it says so, or stands alone in its parenthesis: "(10 months)". */
const TOTAL_MARKER = /\b(?:in total|total|insgesamt|en total|au total)\b/iu;

const JUNIOR_MODIFIER = wordsPattern(LEVEL_WORDS.juniorModifier);
// A staff word, or the last part of a compound ("Hoteldirektorin", "Vertriebsdirektor"): letters may run before
// it, a number's digits may not.
// Or the head of a unit, in the languages that put the head noun first ("Jefa del Departamento", "Chef de service").
const HEAD_OF = `${wordsSource(HEAD_OF_UNIT.heads)}\\s+(?:${wordsSource(HEAD_OF_UNIT.links)}\\s*)?${wordsSource(HEAD_OF_UNIT.units)}`;
const STAFF_WORD = new RegExp(
  `${wordsSource(LEVEL_WORDS.staff)}|${HEAD_OF}|(?<![\\p{N}])\\p{L}*(?:${alternation(LEVEL_WORDS.staffEndings)})(?![\\p{L}\\p{N}])`,
  "iu",
);
/** A staff word that is only a head of a unit, and a shop's words beside it (HEAD_OF_UNIT.shop). */
const HEAD_OF_ONLY = new RegExp(`^(?:${HEAD_OF})$`, "iu");
const SHOP = wordsPattern(HEAD_OF_UNIT.shop);
const SENIOR_WORD = wordsPattern(LEVEL_WORDS.senior);
const ENTRY_WORD = wordsPattern(LEVEL_WORDS.entry);
const COMPANY_FORM = wordsPattern(COMPANY_FORMS);
const CAREER_CHANGE = wordsPattern(CAREER_CHANGE_WORDS);
/** A change that leads into a level or management of the same work ("moved into engineering management"): a promotion. */
const PROMOTION = new RegExp(
  `${CAREER_CHANGE.source}\\s+(?:\\S+\\s+){0,2}?${wordsSource([...PROMOTION_TARGETS, ...LEVEL_WORDS.senior, ...LEVEL_WORDS.staff])}`,
  "iu",
);
/** Whether a line announces a change of field: a change that is no promotion. */
const changesField = (line: string) => CAREER_CHANGE.test(line) && !PROMOTION.test(line);
/** A noun that names a role ("Engineer", "Analista", "Entwicklerin"): see ROLE_WORDS. */
const ROLE_WORD = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?:${alternation(ROLE_WORDS)})(?![\\p{L}\\p{N}])|(?:${alternation(ROLE_STEMS)}))`,
  "iu",
);
/** Where the employer follows the title: "Lead Engineer at Principal", "Data Scientist @ Lead Bank", "chez", "bei". */
const EMPLOYER_START = /(?<![\p{L}\p{N}])(?:at|chez|bei)(?![\p{L}\p{N}])|@/iu;
/** What parts a heading line: "Title · Employer · City", "Title | Employer", "Title, Employer", "Title — Employer". */
const HEADING_PARTS = /[|·•,;]|\s[–—-]\s/u;
const DEGREE = wordsPattern(DEGREE_WORDS);
const DEGREE_SHORT = wordsPattern(DEGREE_ABBREVIATIONS, "u");
const UNPAID = wordsPattern(UNPAID_WORDS);

/** Whether a line names study or unpaid work ("PhD, Parasitology", "Volunteer coach"): its dates are no paid work. */
const namesStudyOrUnpaid = (line: string) => DEGREE.test(line) || (DEGREE_SHORT.test(line) && namesOwnDegree(line)) || UNPAID.test(line);
/** A line without its dates. */
const besideDates = (line: string) => withoutRanges(line, "").replace(SINCE_WORD, "");
/** Whether words are left on a line beside its dates: "2022–hoy" and "seit 04/2022" have none. */
const hasWordsBesideDates = (line: string) => /\p{L}{2}/u.test(besideDates(line));
const DEGREE_SHORTS = new RegExp(DEGREE_SHORT.source, "gu");
/**
 * Whether a degree's abbreviation on a line is the entry's own: a doctor's title ("Dr. med.", "Dr.-Ing.") only where
 * it opens the entry's words, as in "2019 – 2023 Dr. rer. nat., Physik". After a role it names the employer: a
 * German practice or firm carries its founder's title ("Praxis Dr. med. Weber", "Dr.-Ing. Wolf GmbH").
 */
function namesOwnDegree(line: string): boolean {
  for (const degree of line.matchAll(DEGREE_SHORTS)) {
    if (!degree[0].startsWith("Dr") || !/\p{L}/u.test(besideDates(line.slice(0, degree.index)))) return true;
  }
  return false;
}

/** Sections whose dates are not paid work: a course, a project, a certificate, a paper, a skill's years. */
const NOT_WORK: ReadonlySet<SectionKind> = new Set(["education", "projects", "skills", "certifications", "publications"]);
const BULLET = /^\s*(?:[-*•·▪◦‣–—►✓➢>+]|\d{1,2}[.)]\s)/u;
/** A line that ends a sentence ("…for the CRM team."), not a title ending in an abbreviation ("Lexbridge Inc."). */
const SENTENCE_END = /\p{Ll}{3}[.!?]\s*$/u;
/** A heading the section list does not know ("BERUF", "EARLIER CAREER"): a short line in capitals alone. */
const CAPITALS_HEADING = /^\s*[\p{Lu}][\p{Lu}\s&/]{1,40}$/u;
const MAX_TITLE_CHARS = 90;
/** A line led by a verb in the past or in -ing ("Worked alongside…", "Mentoring…"): a sentence, not a title. */
const VERB_LED = /^\s*\p{L}+(?:ed|ing)(?![\p{L}\p{N}])/iu;

/** A heading line's parts without its employer: the part after " at " or "@", and parts that carry a legal form ("… Group"). */
function titleParts(line: string): string[] {
  const employer = line.search(EMPLOYER_START);
  const title = employer > 0 ? line.slice(0, employer) : line;
  return title.split(HEADING_PARTS).filter((part) => !COMPANY_FORM.test(part));
}

/**
 * The level an entry's heading line names in its title: the first part that names something once its dates are gone,
 * so that "Acme — reporting to the Head of Data" names no level while "2021 – present | Lead Engineer, Acme" does.
 */
function entryTitleLevel(line: string): SeniorityLevel | undefined {
  const words = withoutRanges(line, " ").replace(SINCE_WORD, " ");
  const title = titleParts(words).find((part) => /\p{L}{2}/u.test(part));
  return title ? titleLevel(title, words) : undefined;
}

/**
 * The level a title names. A junior modifier heads what follows it, so "Junior Art Director" is entry while
 * "Director, Junior Achievement" is staff; staff words come before senior ones, so "Senior Staff Engineer" is staff.
 * `line` is the whole heading line, employer included: a shop's words there make a head of a unit no staff.
 */
function titleLevel(heading: string, line = heading): SeniorityLevel | undefined {
  const title = titleParts(heading).join(" · ");
  const junior = JUNIOR_MODIFIER.exec(title);
  let staff = STAFF_WORD.exec(title);
  if (staff && HEAD_OF_ONLY.test(staff[0]) && SHOP.test(line)) staff = null;
  if (junior && (!staff || junior.index < staff.index)) return "entry";
  if (staff) return "staff";
  if (SENIOR_WORD.test(title)) return "senior";
  if (ENTRY_WORD.test(title)) return "entry";
  return undefined;
}

function monthOf(name: string | undefined, number: string | undefined, fallback: number): number {
  if (number) return Math.min(11, Math.max(0, Number(number) - 1));
  const month = name ? MONTH_BY_PREFIX.get(name.toLowerCase()) : undefined;
  return month === undefined || month < 0 ? fallback : month;
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

/** Years covered by the ranges, overlaps merged, to one decimal. */
const yearsOf = (ranges: WorkRange[]) => Math.round((mergedMonths(ranges.map((r) => r.months)) / 12) * 10) / 10;
const yearsText = (ranges: WorkRange[]) =>
  ranges.length > 0 ? `${yearsOf(ranges)} years of dated work experience` : "no dated work experience found";

function levelFromYears(years: number): SeniorityLevel {
  if (years < 2) return "entry";
  if (years < 5) return "mid";
  return "senior";
}

/**
 * The text with its dates written the one way the ranges read them. Layouts run a title into its dates
 * ("Engineer2019 – 2023"), wrap a range across lines ("Jan 2024 –\npresent"), write ISO months ("2022-09"), end
 * years in two digits ("2019–22") and leave a range open with nothing after its dash ("2023–", "2022–  Editor").
 */
function normalizedDates(input: string, nowYear: number): string {
  // A two-digit year is this century's up to a few years ahead ("’29" may be a planned end), else the last's.
  const fullYear = (short: string) => (Number(short) <= (nowYear % 100) + 5 ? 2000 : 1900) + Number(short);
  const shortDate = (word: string | undefined, month: string | undefined, year: string) =>
    month ? `${month}/${fullYear(year)}` : `${word ? `${word} ` : ""}${fullYear(year)}`;
  const shortRead = SHORT_YEAR.test(input)
    ? input
        .replace(
          SHORT_RANGE,
          (_, w1?: string, m1?: string, y1?: string, mark?: string, w2?: string, m2?: string, y2?: string, open?: string) =>
            `${shortDate(w1, m1, y1!)}${mark}${y2 ? shortDate(w2, m2, y2) : open}`,
        )
        .replace(
          SHORT_SINCE,
          (_, since: string, word?: string, month?: string, year?: string) => `${since}${shortDate(word, month, year!)}`,
        )
    : input;
  return (
    shortRead
      .replace(/(\p{L})((?:19|20)\d{2})(?!\d)/gu, "$1 $2")
      .replace(/(?<!\d)((?:19|20)\d{2})(\p{L})/gu, "$1 $2")
      .replace(new RegExp(`([–—→-])[ \\t]*\\n[ \\t]*(?=${DATE_OR_OPEN_END})`, "giu"), "$1 ")
      // Only a dash followed by the range's end: a bullet dash under a line ending in a year starts a new line.
      .replace(new RegExp(`((?:19|20)\\d{2})[ \\t]*\\n[ \\t]*([–—→-])(?=[ \\t]*${DATE_OR_OPEN_END})`, "giu"), "$1 $2")
      // ISO year and month ("2022-09 → today") read as the month-first form the ranges know ("09/2022"); so does
      // "2025/03", but "2011/12" is two years, as "2019/20" is.
      .replace(/(?<!\d)((?:19|20)\d{2})-(0[1-9]|1[0-2])(?!\d)/g, "$2/$1")
      .replace(/(?<!\d)((?:19|20)(\d{2}))\/(0[1-9]|1[0-2])(?!\d)/g, (whole, year: string, short: string, month: string) =>
        month.startsWith("0") || Number(month) <= Number(short) ? `${month}/${year}` : whole,
      )
      .replace(TWO_DIGIT_END, (whole, start: string, mark: string, end: string) => {
        let year = Math.floor(Number(start) / 100) * 100 + Number(end);
        if (year <= Number(start)) year += 100;
        return year - Number(start) < 50 ? `${start}${mark}${year}` : whole;
      })
      .replace(/((?:19|20)\d{2})[ \t]*([–—→-])[ \t]*(?=\)|$)/gmu, "$1 $2 present")
      .replace(OPEN_BEFORE_TITLE, "$1 $2 present")
  );
}

/** Whether a line may head an entry, title and dates together: not a bullet, not a sentence, not a paragraph. */
function isEntryLine(line: string, maxChars = 2 * MAX_TITLE_CHARS): boolean {
  const trimmed = line.trim();
  return trimmed.length > 0 && trimmed.length <= maxChars && !BULLET.test(line) && !SENTENCE_END.test(trimmed);
}

/** Whether a line may be a title: an entry line as short as a title is. */
const isTitleLike = (line: string) => isEntryLine(line, MAX_TITLE_CHARS);

/**
 * Whether a line may be part of an entry's heading (title, employer, place): a title-like line that is not a section
 * heading, known or in capitals without a level ("BERUF", not "SENIOR BUYER"), and holds no date.
 */
function isEntryHeading(line: string): boolean {
  return (
    isTitleLike(line) &&
    headingKind(line) === null &&
    !(CAPITALS_HEADING.test(line) && !titleLevel(line)) &&
    !(A_YEAR.test(line) && DATED.test(line))
  );
}

/**
 * The lines that head the entry dated on line `at`: that line and the heading lines above it (the title sits above
 * its dates), two at most; then, when the dates stand alone on their line and none of those lines names a level, the
 * heading lines below it (the dates lead the entry), unless a date follows them: those head the next entry. Below a
 * line that names its job beside its dates come its details ("Reporting to the Sales Director"), not its title.
 */
function entryHeading(lines: string[], at: number): string[] {
  const heading = [lines[at]!];
  for (let i = at - 1; i >= 0 && heading.length < 3 && isEntryHeading(lines[i]!); i--) heading.push(lines[i]!);
  if (hasWordsBesideDates(lines[at]!) || heading.some((line) => entryTitleLevel(line))) return heading;
  let end = at + 1;
  while (end < lines.length && end - at <= 2 && isEntryHeading(lines[end]!)) end++;
  return end < lines.length && DATED.test(lines[end]!) ? heading : [...heading, ...lines.slice(at + 1, end)];
}

interface WorkRange {
  months: [number, number];
  line: number;
}

/**
 * The date ranges of the lines in the sections `counts` accepts, leaving out study and unpaid work: a range whose line
 * names it or, on a line of dates alone, whose entry heading does.
 */
function workRanges(lines: string[], sections: (SectionKind | null)[], counts: (section: SectionKind | null) => boolean, nowMonth: number) {
  const ranges: WorkRange[] = [];
  lines.forEach((line, index) => {
    // Most lines hold no year at all: the one cheap test spares them the range patterns.
    if (!A_YEAR.test(line) || !counts(sections[index]!)) return;
    if ((hasWordsBesideDates(line) ? [line] : entryHeading(lines, index)).some(namesStudyOrUnpaid)) return;
    for (const m of line.matchAll(RANGE)) {
      const start = Number(m[3]) * 12 + monthOf(m[1], m[2], 0);
      // An end month counts in full: "Jan 2018 - Dec 2021" is four years.
      const end = m[7] ? nowMonth : Number(m[6]) * 12 + monthOf(m[4], m[5], 11) + 1;
      // A stated duration beside the range ("2019–2021 (contract, 10 months in total)") is what was worked.
      const after = line.slice(m.index + m[0].length);
      const found = STATED_MONTHS.exec(after);
      const stated = found && ((found[1] && found[3]) || TOTAL_MARKER.test(after.slice(0, found[0].length + 12))) ? found : null;
      const last = stated ? Math.min(end, start + Number(stated[2])) : end;
      if (start <= nowMonth && end - start < 50 * 12) ranges.push({ months: [start, Math.min(last, nowMonth)], line: index });
    }
    for (const m of line.matchAll(SINCE)) {
      const start = Number(m[3]) * 12 + monthOf(m[1], m[2], 0);
      if (start <= nowMonth && nowMonth - start < 50 * 12) ranges.push({ months: [start, nowMonth], line: index });
    }
  });
  return ranges;
}

/**
 * The ranges a recruiter counts: those whose entry names a role in its title ("Data Scientist", "Entwickler"), when
 * any does. A career changer's earlier work outside a role ("Reporter", "Barista") drops out, while a data scientist
 * who became a machine-learning engineer keeps every year.
 */
function titledRanges(lines: string[], ranges: WorkRange[]): WorkRange[] {
  const headings = ranges.map((range) => entryHeading(lines, range.line));
  if (!headings.some((heading) => heading.some((line) => ROLE_WORD.test(titleParts(line).join(" · "))))) return ranges;
  // Dates in a column of their own head no title: they cannot be told apart from a titled entry's, so they count.
  return ranges.filter((_, index) => {
    const heading = headings[index]!;
    return heading.some((line) => ROLE_WORD.test(titleParts(line).join(" · "))) || !heading.some(hasWordsBesideDates);
  });
}

/** The role nouns a heading's title names, lower case: "Analista de datos" → analista. */
function roleNouns(heading: string[]): Set<string> {
  const nouns = new Set<string>();
  for (const line of heading) for (const found of titleParts(line).join(" · ").matchAll(ROLE_WORDS_ALL)) nouns.add(found[0].toLowerCase());
  return nouns;
}
const ROLE_WORDS_ALL = new RegExp(ROLE_WORD.source, "giu");

/**
 * The words a heading's title names its field by, lower case: the title's words less its role noun, its level and
 * the words that link them ("Junior Data Analyst" → data, "Ingeniero de ventas" → ventas, "Engineer" → none).
 */
function fieldWords(heading: string[]): Set<string> {
  const field = new Set<string>();
  for (const line of heading) {
    const title = withoutRanges(line, " ").replace(SINCE_WORD, " ").replace(LEVEL_WORD_ALL, " ");
    for (const part of titleParts(title)) {
      if (!ROLE_WORD.test(part)) continue;
      for (const [word] of part.replace(ROLE_WORDS_ALL, " ").matchAll(/\p{L}[\p{L}\p{N}+#]*/gu)) {
        if (!TITLE_LINKS.has(word.toLowerCase())) field.add(word.toLowerCase());
      }
    }
  }
  return field;
}
const LEVEL_WORD_ALL = new RegExp(wordsSource(Object.values(LEVEL_WORDS).flat()), "giu");
/**
 * Words that link a title's role noun to its field or to its employer: "Analyste de données", "Head of Sales",
 * "Ingeniero de ventas en Globex", "Ingenieur im Vertrieb" (two titles never share a field by "en").
 */
const TITLE_LINKS = new Set([
  "of",
  "at",
  "in",
  "im",
  "en",
  "à",
  "au",
  "aux",
  "and",
  "for",
  "de",
  "des",
  "du",
  "del",
  "la",
  "las",
  "los",
  "le",
  "les",
  "y",
  "et",
  "und",
  "für",
  "der",
  "d",
]);

/**
 * The recent range and those whose entry names a role it names too, in the same field: a nurse's years drop out for
 * a data analyst, and so do a sales engineer's for an ML engineer. A title that names no field ("Engineer") is kin
 * to none.
 */
function sameRole(lines: string[], ranges: WorkRange[], recent: WorkRange): WorkRange[] {
  const recentHeading = entryHeading(lines, recent.line);
  const nouns = roleNouns(recentHeading);
  const field = fieldWords(recentHeading);
  return ranges.filter((range) => {
    if (range === recent) return true;
    const heading = entryHeading(lines, range.line);
    return [...roleNouns(heading)].some((noun) => nouns.has(noun)) && [...fieldWords(heading)].some((word) => field.has(word));
  });
}

/**
 * Estimates seniority as a recruiter reads a resume. The most recent job (the first dated entry of the work part)
 * gives the title: a level it names decides (entry, senior or staff), then one in the headline under the name.
 * Otherwise the years of paid work decide: every date range in the work section (or, without one, outside education,
 * projects and skills; or, when that holds none, anywhere outside education; or, last, anywhere), except a line that names a degree, with
 * overlaps merged; only the entries whose titles name a role, when any do (see titledRanges).
 */
export function estimateSeniority(input: string, now: Date): SeniorityEstimate {
  const lines = normalizedDates(input, now.getUTCFullYear()).split("\n");
  const sections = lineSections(lines);
  const hasWorkSection = sections.includes("experience");
  const isWork = (section: SectionKind | null) => (hasWorkSection ? section === "experience" : !section || !NOT_WORK.has(section));
  const nowMonth = now.getUTCFullYear() * 12 + now.getUTCMonth();
  let ranges = workRanges(lines, sections, isWork, nowMonth);
  // A sidebar sets the dates of the work section apart from it, and a heading the section list does not know ("Work"
  // after "Skills") leaves them in another section: when the work part holds none, every date outside education counts.
  if (ranges.length === 0) ranges = workRanges(lines, sections, (section) => section !== "education", nowMonth);
  // A "Qualifications" or "Training" heading reads as education (lib/skills/sections.ts) and may head the whole
  // resume: when it holds every date, each dated line that names no degree and no unpaid work counts.
  if (ranges.length === 0) ranges = workRanges(lines, sections, () => true, nowMonth);
  const firstDated = ranges.reduce((first, r) => Math.min(first, r.line), lines.length);

  // The headline: the first line above every heading and every dated entry that names a level; and one that
  // announces a change of field.
  let headline: string | null = null;
  let changeHeadline: string | null = null;
  for (let i = 0; i < firstDated && sections[i] === null; i++) {
    // A change of field may be announced in a sentence too ("Cambio de carrera: de la enfermería al análisis de datos.").
    if (!changeHeadline && !BULLET.test(lines[i]!) && changesField(lines[i]!)) changeHeadline = lines[i]!.trim();
    if (!isTitleLike(lines[i]!)) continue;
    if (!headline && titleLevel(lines[i]!)) headline = lines[i]!.trim();
  }
  // Resumes list jobs newest first: the first dated entry on the page is the most recent; a date in a sentence or a
  // bullet ("Since 2019 I have led…") dates no entry of its own.
  // A line that opens with its range heads an entry whatever follows it: a two-column page may run the other
  // column's sentence onto it ("2017 – today and the home-delivery contract.").
  const recent = ranges.find((r) => isEntryLine(lines[r.line]!) || LEADING_RANGE.test(lines[r.line]!)) ?? ranges[0] ?? null;
  const heading = recent ? entryHeading(lines, recent.line) : [];
  // A title that names a level above the first dated entry of the work section heads an entry left undated.
  const workStart = hasWorkSection ? sections.indexOf("experience") : lines.length;
  // Only a title's shape counts: a line with a level in its title, not a sentence led by a verb ("Worked alongside
  // senior engineers"), directly above its dates or its first bullet (or last), and not of the recent entry's heading.
  const startsEntryBody = (next: string | undefined) => next === undefined || A_YEAR.test(next) || BULLET.test(next);
  const headingStart = recent ? recent.line - heading.length + 1 : lines.length;
  const undated = lines
    .slice(workStart, headingStart)
    .find(
      (line, i) =>
        isWork(sections[workStart + i]!) &&
        isEntryHeading(line) &&
        !VERB_LED.test(line) &&
        startsEntryBody(lines[workStart + i + 1]) &&
        entryTitleLevel(line),
    );
  // The heading is read from the top, where the title sits, down to the dates: a level on the employer's line below
  // it ("Acme — reporting to the Head of Data") is not the candidate's.
  const titled = undated ?? [...heading].reverse().find((line) => isEntryLine(line) && !VERB_LED.test(line) && entryTitleLevel(line));
  // The range's own line names the job when words are left beside its dates; a line of dates alone does not.
  const named = heading.find(hasWordsBesideDates);
  const title = (titled ?? named ?? heading[0])?.trim() ?? null;
  const recentLevel = titled ? entryTitleLevel(titled) : undefined;
  const headlineLevel = headline ? titleLevel(headline) : undefined;

  if (recentLevel) {
    return { level: recentLevel, years: yearsOf(ranges), title, reason: `Most recent title: "${title}"; ${yearsText(ranges)}.` };
  }
  if (headline && headlineLevel) {
    return { level: headlineLevel, years: yearsOf(ranges), title: headline, reason: `Headline "${headline}"; ${yearsText(ranges)}.` };
  }
  const counted = titledRanges(lines, ranges);
  if (changeHeadline) {
    // After a change of field a recruiter counts the years in the new one: the recent entry's role and its kin.
    const inField = recent ? sameRole(lines, counted.includes(recent) ? counted : [recent, ...counted], recent) : [];
    const years = yearsOf(inField);
    return {
      level: levelFromYears(years),
      years,
      title: changeHeadline,
      reason: `Headline "${changeHeadline}" changes field; ${years} years in the new field (${yearsText(counted)}).`,
    };
  }
  if (recent) {
    const years = yearsOf(counted);
    const change = counted.length < ranges.length ? ` in titled roles (${yearsOf(ranges)} in all)` : "";
    return {
      level: levelFromYears(years),
      years,
      title,
      reason: `${years} years of dated work experience${change}; no level in the most recent title.`,
    };
  }
  return { level: "entry", years: 0, title, reason: "No job title with a level and no dated work experience found." };
}
