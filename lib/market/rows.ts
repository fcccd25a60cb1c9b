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

/** A posting from one CSV row, given the header's columns. */
export function postingFromFields(fields: readonly string[], columns: Partial<Record<keyof PostingRecord, number>>): PostingRecord {
  const posting: PostingRecord = { text: fields[columns.text!] ?? "" };
  for (const field of Object.keys(columns) as (keyof PostingRecord)[]) {
    const value = fields[columns[field]!]?.trim();
    if (field !== "text" && value) posting[field] = value;
  }
  return posting;
}

/** A posting from one JSON Lines object, or null when it has no text field. */
export function postingFromObject(object: Record<string, unknown>): PostingRecord | null {
  const keys = Object.keys(object);
  const strings = keys.map((key) => (typeof object[key] === "string" || typeof object[key] === "number" ? String(object[key]) : ""));
  const columns = columnsOf(keys);
  return columns ? postingFromFields(strings, columns) : null;
}

/** Letters a posting needs to be worth counting: a title and a company name are not a posting. */
export const MIN_POSTING_LETTERS = 40;

export function hasEnoughText(text: string): boolean {
  let letters = 0;
  for (const _ of text.matchAll(/\p{L}/gu)) if (++letters >= MIN_POSTING_LETTERS) return true;
  return false;
}

/** The title a posting file gives itself: its first non-empty line, if short enough to be one. */
export function titleFromText(text: string): string | undefined {
  const first = text
    .slice(0, 400)
    .split("\n")
    .find((line) => line.trim().length > 0)
    ?.trim();
  return first && first.length <= 120 ? first : undefined;
}
