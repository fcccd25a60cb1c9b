import { removeContactDetails } from "../resume/contacts";
import { isSpace } from "./chars";
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

/** The bullets a snippet drops from its start. */
const BULLETS = "•●▪■◦‣∙·*>❖➢➤►▶✓✔-";
const BULLET_CODES = new Set(Array.from(BULLETS, (char) => char.charCodeAt(0)));
const LEADING_BULLETS = new RegExp(`^(?:[${BULLETS}]\\s+)+`, "u");

/** Whether folding white space changes a text: two spaces in a row, a tab or a line break. One scan of char codes. */
function hasLooseSpace(text: string): boolean {
  let previousSpace = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 9 || code === 10) return true;
    const space = isSpace(code);
    if (space && previousSpace) return true;
    previousSpace = space;
  }
  return false;
}

function tidy(text: string): string {
  let clean = text.includes("\u00AD") ? text.replace(/\u00AD\s*/g, "") : text;
  if (BULLET_CODES.has(clean.charCodeAt(0))) clean = clean.replace(LEADING_BULLETS, "");
  if (hasLooseSpace(clean)) clean = clean.replace(/\s+/g, " ");
  clean = clean.trim();
  // Stored text has its contact details removed already; a caller may pass raw text (a posting, a test). The scan
  // runs each pattern only on a line holding its cue (lib/resume/contact-patterns.ts), so most lines cost little.
  return removeContactDetails(clean).text;
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
