import { removeContactDetails } from "../resume/contacts";
import type { Evidence, SkillUsage } from "./schema";
import type { SectionKind } from "./sections";

const MAX_EVIDENCE = 3;
const SNIPPET_CHARS = 180;

/** One accepted mention of a skill: where it stands and whether it sits in a skills list or in described work. */
export interface Hit {
  skillId: string;
  form: string;
  line: number;
  /** The last line the mention reaches (a term wrapped onto the next line ends there). */
  lastLine: number;
  column: number;
  end: number;
  usage: Exclude<SkillUsage, "implied">;
}

/** The readable part of a line around a mention: bullets and soft hyphens gone, at most SNIPPET_CHARS long. */
export function snippet(line: string, column: number, end: number): string {
  const trimmed = line.trim();
  if (trimmed.length <= SNIPPET_CHARS) return tidy(trimmed);
  const offset = line.indexOf(trimmed);
  const from = Math.max(0, column - offset - SNIPPET_CHARS / 3);
  const to = Math.min(trimmed.length, from + SNIPPET_CHARS);
  const start = from === 0 ? 0 : trimmed.indexOf(" ", from) + 1;
  const stop = to === trimmed.length ? to : Math.max(trimmed.lastIndexOf(" ", to), end - offset);
  return `${start > 0 ? "…" : ""}${tidy(trimmed.slice(start, stop))}${stop < trimmed.length ? "…" : ""}`;
}

/** Seven digits anywhere in a text, in any runs. */
const SEVEN_DIGITS = /(?:\d\D*){7}/;
const DOMAIN = /\.(?:com|io|dev|me|net|org|ai|co|app|page|site|xyz|de|es|uk)\b/i;

/** A cheap look before the full contact scan: an @, a link, a domain, or phone-length digits besides years. */
function mayHoldContact(text: string): boolean {
  if (text.includes("@") || text.includes("//") || text.includes("www.") || DOMAIN.test(text)) return true;
  // Most lines hold fewer than seven digits in all: no need to count them one by one.
  if (!SEVEN_DIGITS.test(text)) return false;
  // Count digits outside runs that read as a year (four digits starting 19 or 20).
  let digits = 0;
  let run = 0;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 0;
    if (code >= 48 && code <= 57) {
      run++;
      continue;
    }
    const year = run === 4 && (text.startsWith("19", i - 4) || text.startsWith("20", i - 4));
    if (!year) digits += run;
    run = 0;
  }
  return digits >= 7;
}

function tidy(text: string): string {
  let clean = text.includes("\u00AD") ? text.replace(/\u00AD\s*/g, "") : text;
  if (/^[•●▪■◦‣∙·*>❖➢➤►▶✓✔-]/u.test(clean)) clean = clean.replace(/^(?:[•●▪■◦‣∙·*>❖➢➤►▶✓✔-]\s+)+/u, "");
  if (/\s\s|[\t\n]/.test(clean)) clean = clean.replace(/\s+/g, " ");
  clean = clean.trim();
  // Stored text has its contact details removed already; a caller may pass raw text (a posting, a test).
  return mayHoldContact(clean) ? removeContactDetails(clean).text : clean;
}

/** Up to three evidence lines for a skill, described work before list entries, one per line. */
export function evidenceOf(
  hits: Hit[],
  lines: string[],
  sections: (SectionKind | null)[],
  /** Snippets already made in this document: several skills quote the same line. */
  made: Map<string, string> = new Map(),
): Evidence[] {
  const seenLines = new Set<number>();
  const evidence: Evidence[] = [];
  const ordered = [...hits].sort((a, b) => (a.usage === b.usage ? a.line - b.line : a.usage === "used" ? -1 : 1));
  for (const hit of ordered) {
    if (seenLines.has(hit.line) || evidence.length >= MAX_EVIDENCE) continue;
    seenLines.add(hit.line);
    // A mention wrapped onto the next line reads as one line: "… built with Lang-" + "Chain agents".
    const text =
      hit.lastLine > hit.line
        ? `${(lines[hit.line] ?? "").replace(/[-\u00AD]\s*$/, "")}${/[-\u00AD]\s*$/.test(lines[hit.line] ?? "") ? "" : " "}${(lines[hit.lastLine] ?? "").trim()}`
        : (lines[hit.line] ?? "");
    // A line short enough to quote whole quotes the same whatever the mention's column.
    const key = text.length <= SNIPPET_CHARS ? `${hit.line}:${text.length}` : `${hit.line}:${hit.column}:${text.length}`;
    let quoted = made.get(key);
    if (quoted === undefined) made.set(key, (quoted = snippet(text, hit.column, hit.end)));
    evidence.push({ text: quoted, section: sections[hit.line] ?? null, line: hit.line });
  }
  return evidence;
}
