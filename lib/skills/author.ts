import {
  BUILDER_TITLE,
  FIRST_PERSON_BEFORE,
  FIRST_PERSON_VERB,
  HIRE_BEFORE,
  ITEM_START_BEFORE,
  MIN_WORK_WORDS,
  OWN_VERB,
  PROFESSION_OBJECT,
  PROFESSIONS,
} from "./author-rules";
import type { SectionKind } from "./sections";

/** Lines read as the author's headline: the top of the document before its first heading. */
const HEADLINE_LINES = 4;
/** A bullet's marks: a line that opens with one (BULLET_MARK), a passage's start holding nothing else (ONLY_MARKS). */
const MARK = "[-–—•*‣→▪●■]";
const BULLET_MARK = new RegExp(`^\\s*${MARK}`);
const ONLY_MARKS = new RegExp(`^(?:\\s|${MARK})*$`);

/**
 * Who the author is, when it is a profession whose skill words name what they hire for or negotiate rather than what
 * they build (author-rules.ts): the headline or the most recent title names it, names no builder, and the document
 * speaks that work's vocabulary. `null` for everyone else, most documents.
 */
export function authorProfession(
  text: string,
  lines: string[],
  isHeading: (index: number) => boolean,
  sections: (SectionKind | null)[],
): string | null {
  const titles: string[] = [];
  for (let i = 0; i < lines.length && titles.length < HEADLINE_LINES && !isHeading(i); i++) if (lines[i]!.trim()) titles.push(lines[i]!);
  // The most recent title: the first line with words under the experience heading.
  const experience = sections.indexOf("experience");
  for (let i = experience; i >= 0 && i < lines.length && sections[i] === "experience"; i++) {
    if (isHeading(i) || !lines[i]!.trim()) continue;
    titles.push(lines[i]!);
    break;
  }
  const title = titles.join(" \n ");
  if (BUILDER_TITLE.test(title)) return null;
  for (const [name, profession] of Object.entries(PROFESSIONS)) {
    if (!profession.title.test(title)) continue;
    if ((text.match(profession.work)?.length ?? 0) >= MIN_WORK_WORDS) return name;
  }
  return null;
}

/**
 * Whether a passage holds the author's own doing: a verb of making with the author as its subject ("I wrote …",
 * "j'ai écrit", a bullet that opens with "Built …", a first-person Spanish preterite), not one whose object is the
 * profession's own work ("Built the hiring plan").
 */
export function holdsOwnDoing(passage: string, posting = false): boolean {
  if (FIRST_PERSON_VERB.test(passage)) return true;
  for (const verb of passage.matchAll(OWN_VERB)) {
    const at = verb.index;
    const before = passage.slice(Math.max(0, at - 30), at);
    // Only the passage's own start opens an item: a line it wraps onto ("… was\n built by") goes on a sentence.
    const opens = at <= 30 && ONLY_MARKS.test(before);
    if (!opens && !ITEM_START_BEFORE.test(before) && !FIRST_PERSON_BEFORE.test(before) && !(posting && HIRE_BEFORE.test(before))) continue;
    if (PROFESSION_OBJECT.test(passage.slice(at + verb[0].length, at + verb[0].length + 40))) continue;
    return true;
  }
  return false;
}

/**
 * The passage a mention's line is read in for the author's doing: its bullet's lines and, for a marked bullet, the
 * title line above its list (a project's or a job's: "(team of three, I wrote the retrieval part)").
 */
export function ownPassage(lines: string[], bullets: number[], line: number): string {
  let first = line;
  while (first > 0 && bullets[first - 1] === bullets[line]) first--;
  let last = line;
  while (last + 1 < lines.length && bullets[last + 1] === bullets[line]) last++;
  const passage = lines.slice(first, last + 1);
  if (BULLET_MARK.test(lines[first]!)) {
    // Up past the list's other bullets, each from its first line, to the first unmarked one.
    let above = first - 1;
    while (above >= 0) {
      let start = above;
      while (start > 0 && bullets[start - 1] === bullets[above]) start--;
      if (!BULLET_MARK.test(lines[start]!)) {
        if (lines[above]!.trim()) passage.unshift(...lines.slice(start, above + 1));
        break;
      }
      above = start - 1;
    }
  }
  return passage.join("\n");
}
