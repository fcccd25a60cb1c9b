import type { PostingRecord } from "./build";

/**
 * Turns the rows of a posting export (CSV with a header, or JSON Lines objects) into postings. Column names are
 * matched loosely ("Job Description", "description", "job_description" are all the text), so exports from the usual
 * boards and scrapers work without renaming.
 */

const COLUMNS: Record<keyof PostingRecord, string[]> = {
  text: [
    "text",
    "description",
    "job description",
    "jobdescription",
    "body",
    "posting",
    "content",
    "details",
    "full text",
    "description text",
  ],
  title: ["title", "job title", "jobtitle", "position", "role", "name"],
  location: ["location", "city", "job location", "place", "office"],
  country: ["country", "country code", "countrycode"],
  seniority: ["seniority", "level", "experience level", "seniority level", "job level", "career level"],
  salary: ["salary", "compensation", "pay", "salary range", "pay range", "wage", "base salary"],
  date: ["date", "posted", "posted at", "date posted", "posting date", "published", "created at", "created"],
  industry: ["industry", "sector", "company industry"],
};

const normalizeName = (name: string) =>
  name
    .trim()
    .toLowerCase()
    .replace(/[_\-.]+/g, " ")
    .replace(/\s+/g, " ");

/** Which column index holds each field, from a header row; null when no column holds the text. */
export function columnsOf(header: readonly string[]): Partial<Record<keyof PostingRecord, number>> | null {
  const names = header.map((name) => normalizeName(name.replace(/^\uFEFF/, "")));
  const columns: Partial<Record<keyof PostingRecord, number>> = {};
  for (const [field, aliases] of Object.entries(COLUMNS) as [keyof PostingRecord, string[]][]) {
    const index = aliases.map((alias) => names.indexOf(alias)).find((i) => i >= 0);
    if (index !== undefined) columns[field] = index;
  }
  return columns.text === undefined ? null : columns;
}

/** The fields other than the text, in a fixed order. */
const FIELDS = (Object.keys(COLUMNS) as (keyof PostingRecord)[]).filter((field) => field !== "text");

/** A posting from one CSV row, given the header's columns. */
export function postingFromFields(fields: readonly string[], columns: Partial<Record<keyof PostingRecord, number>>): PostingRecord {
  const posting: PostingRecord = { text: fields[columns.text!] ?? "" };
  for (const field of FIELDS) {
    const index = columns[field];
    if (index === undefined) continue;
    const value = fields[index]?.trim();
    if (value) posting[field] = value;
  }
  return posting;
}

/** A posting from one JSON Lines object, or null when it has no text field. */
export function postingFromObject(object: Record<string, unknown>): PostingRecord | null {
  const keys = Object.keys(object);
  const columns = columnsOfKeys(keys);
  if (!columns) return null;
  const value = (key: string | undefined) => {
    const raw = key === undefined ? undefined : object[key];
    return typeof raw === "string" ? raw : typeof raw === "number" ? String(raw) : "";
  };
  const posting: PostingRecord = { text: value(keys[columns.text!]) };
  for (const field of FIELDS) {
    const index = columns[field];
    if (index === undefined) continue;
    const text = value(keys[index]).trim();
    if (text) posting[field] = text;
  }
  return posting;
}

/** An export's lines share their keys: the columns of the last set of keys seen are kept, not matched per line. */
let lastKeys: readonly string[] = [];
let lastColumns: ReturnType<typeof columnsOf> = null;
function columnsOfKeys(keys: readonly string[]): ReturnType<typeof columnsOf> {
  let same = keys.length === lastKeys.length;
  for (let i = 0; same && i < keys.length; i++) same = keys[i] === lastKeys[i];
  if (!same) {
    lastColumns = columnsOf(keys);
    lastKeys = keys;
  }
  return lastColumns;
}

/** Letters a posting needs to be worth counting: a title and a company name are not a posting. */
export const MIN_POSTING_LETTERS = 40;

const LETTER = /^\p{L}/u;

/** Counts letters by character code (ASCII without a regular expression), stopping at the MIN_POSTING_LETTERS'th. */
export function hasEnoughText(text: string): boolean {
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if ((c | 32) >= 97 && (c | 32) <= 122 && ++letters >= MIN_POSTING_LETTERS) return true;
      continue;
    }
    const point = text.codePointAt(i)!;
    if (point > 0xffff) i++;
    if (LETTER.test(String.fromCodePoint(point)) && ++letters >= MIN_POSTING_LETTERS) return true;
  }
  return false;
}

/** The title a posting file gives itself: its first non-empty line, if short enough to be one. */
export function titleFromText(text: string): string | undefined {
  const head = text.length > 400 ? text.slice(0, 400) : text;
  for (let start = 0; start < head.length; ) {
    const end = head.indexOf("\n", start);
    const line = head.slice(start, end < 0 ? head.length : end).trim();
    if (line.length > 0) return line.length <= 120 ? line : undefined;
    if (end < 0) break;
    start = end + 1;
  }
  return undefined;
}
