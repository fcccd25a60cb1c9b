import {
  AT_HANDLE,
  BARE_DOMAIN,
  EMAIL,
  LABELLED_HANDLE,
  LINE_CUES,
  mayHoldContact,
  OBFUSCATED_EMAILS,
  ORCID_ID,
  PHONE,
  STREETS,
  URL,
} from "./contact-patterns";
import { isDictionaryWord } from "./ligatures";
import { normalizeText } from "./normalize";

/**
 * Removes contact details before text is stored or shown: emails, phone numbers, profile and personal URLs and
 * handles, street addresses. What remains is what SkillGap keeps; the original file is never stored.
 */
export const REDACTED = "[removed]";

/** A phone-looking run counts only with enough digits, and not as years, dates or a DOI's tail. */
function looksLikePhone(candidate: string): boolean {
  const trimmed = candidate.trim();
  const digits = trimmed.replace(/\D/g, "");
  if (digits.length < 7 || digits.length > 15) return false;
  const groups = trimmed.match(/\d+/g) ?? [];
  if (groups.every((group) => /^(?:19|20)\d{2}$/.test(group))) return false;
  if (/^\d{1,2}\D\d{1,2}\D(?:19|20)\d{2}$/.test(trimmed)) return false;
  if (/^\d{4}\D\d{1,2}\D\d{1,2}$/.test(trimmed)) return false;
  return true;
}

export interface ContactScan {
  text: string;
  /** Which kinds were found and removed: the readability check reports them. */
  found: { emails: number; phones: number; urls: number; addresses: number };
}

export interface ContactOptions {
  /**
   * Link targets the file carries outside its text (a PDF's link annotations: mailto:, tel:, profile URLs). What
   * they point at is removed wherever the text shows it, even in a form no pattern knows (a bare handle).
   */
  links?: readonly string[];
}

export function removeContactDetails(text: string, options: ContactOptions = {}): ContactScan {
  const found = { emails: 0, phones: 0, urls: 0, addresses: 0 };
  if (!options.links?.length && !mayHoldContact(text)) return { text, found };
  const replace =
    (pattern: RegExp, key: keyof typeof found, accept: (m: string) => boolean = () => true) =>
    (input: string) =>
      replaceOnCuedLines(input, pattern, LINE_CUES.get(pattern), (match) => {
        if (!accept(match)) return match;
        found[key]++;
        return REDACTED;
      });
  let result = text;
  result = replace(EMAIL, "emails")(result);
  for (const pattern of OBFUSCATED_EMAILS) result = replace(pattern, "emails")(result);
  result = replace(URL, "urls")(result);
  result = replace(BARE_DOMAIN, "urls", (m) => !/^\d/.test(m) && !/\.(?:js|ts|py|net)$/i.test(m))(result);
  result = replace(LABELLED_HANDLE, "urls")(result);
  result = replace(AT_HANDLE, "urls")(result);
  result = replace(ORCID_ID, "urls")(result);
  for (const street of STREETS) result = replace(street, "addresses")(result);
  result = replace(PHONE, "phones", looksLikePhone)(result);
  const linked = linkedDetails(options.links ?? []);
  for (const { value } of linked.filter((detail) => detail.kind === "phones")) {
    const pattern = phoneDigitsPattern(value);
    if (pattern) result = replace(pattern, "phones")(result);
  }
  // Every other linked value in one pass per kind, and only the values the text shows: each new pattern's first
  // run over a whole resume is interpreted by V8 (about a millisecond), and a resume links a dozen targets.
  for (const kind of ["emails", "urls"] as const) {
    const values = new Set(linked.filter((detail) => detail.kind === kind).map((detail) => detail.value));
    if (values.size === 0) continue;
    const lower = result.toLowerCase();
    const shown = [...values].filter((value) => lower.includes(value.toLowerCase()));
    if (shown.length > 0) result = replace(wholeWords(shown), kind)(result);
  }
  return { text: result, found };
}

/**
 * `text.replace(pattern, replacer)`, run only on the lines where `cue` is found when there is one: the same result
 * for a pattern that never matches across a line break (contact-patterns.ts), at the cost of a literal search.
 */
function replaceOnCuedLines(text: string, pattern: RegExp, cue: RegExp | undefined, replacer: (match: string) => string): string {
  if (!cue) return text.replace(pattern, replacer);
  let out = "";
  let done = 0;
  cue.lastIndex = 0;
  for (let hit = cue.exec(text); hit !== null; hit = cue.exec(text)) {
    const start = text.lastIndexOf("\n", hit.index) + 1;
    const newline = text.indexOf("\n", hit.index);
    const end = newline === -1 ? text.length : newline;
    out += text.slice(done, start) + text.slice(start, end).replace(pattern, replacer);
    done = end;
    cue.lastIndex = end;
  }
  return done === 0 ? text : out + text.slice(done);
}

/** Profile hosts whose first path segment is the person's handle. */
const PROFILE_HOSTS =
  /^(?:www\.)?(?:github\.com|gitlab\.com|linkedin\.com|twitter\.com|x\.com|medium\.com|kaggle\.com|huggingface\.co|instagram\.com|behance\.net|dribbble\.com)$/i;
/** Path segments that are a site's own pages, not a person. */
const NOT_A_HANDLE = new Set(["in", "pub", "profile", "u", "user", "users"]);

/** The strings a link target gives away: the address of a mailto:, the number of a tel:, a URL's host and handle. */
export function linkedDetails(links: readonly string[]): { value: string; kind: keyof ContactScan["found"] }[] {
  const details: { value: string; kind: keyof ContactScan["found"] }[] = [];
  for (const raw of links.slice(0, 200)) {
    const link = raw.trim().slice(0, 500);
    const scheme = /^([a-z][a-z0-9+.-]{0,20}):/i.exec(link)?.[1]?.toLowerCase();
    if (scheme === "mailto") {
      const address = decodeSafely(link.slice(7).split("?")[0] ?? "");
      if (address.includes("@")) details.push({ value: address, kind: "emails" });
      continue;
    }
    if (scheme === "tel") {
      const digits = link.replace(/\D/g, "");
      if (digits.length >= 7) details.push({ value: digits, kind: "phones" });
      continue;
    }
    let url: globalThis.URL;
    try {
      url = new globalThis.URL(scheme ? link : `https://${link}`);
    } catch {
      continue;
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") continue;
    const host = url.hostname.toLowerCase();
    const segments = url.pathname.split("/").filter(Boolean).map(decodeSafely);
    if (PROFILE_HOSTS.test(host)) {
      // Only a link to a person ("github.com/janedoe", "linkedin.com/in/janedoe"), never to a project or company
      // ("github.com/openai/whisper"), and never a handle that is a word or a skill: removing it would lose text.
      const person =
        segments.length === 1
          ? segments[0]
          : segments.length === 2 && NOT_A_HANDLE.has(segments[0]!.toLowerCase())
            ? segments[1]
            : undefined;
      const handle = person?.replace(/^@/, "");
      if (handle && handle.length >= 3 && !isDictionaryWord(handle)) details.push({ value: handle, kind: "urls" });
    } else {
      // A personal site: its name without "www." is what a resume prints.
      details.push({ value: host.replace(/^www\./, ""), kind: "urls" });
    }
  }
  return details.filter((detail) => detail.value.length >= 3 && detail.value.length <= 200);
}

function decodeSafely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Any of `values` as a whole word, any case (literals: linear). The longest first, so that where one value begins
 * another ("janedoe" and "janedoe.dev") the whole of the longer is removed.
 */
function wholeWords(values: readonly string[]): RegExp {
  const alternatives = [...values].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return new RegExp(`(?<![\\p{L}\\p{N}_.@-])@?(?:${alternatives.join("|")})(?![\\p{L}\\p{N}_@-]|\\.[\\p{L}\\p{N}])`, "giu");
}

/** The number of a tel: link however the text spaces it: its last 7+ digits with any separators between them. */
function phoneDigitsPattern(digits: string): RegExp | null {
  const tail = digits.slice(-10);
  if (tail.length < 7) return null;
  const separated = [...tail].join(String.raw`[\p{Zs}\p{Pd}.\/()]{0,3}`);
  return new RegExp(`(?<!\\d)(?:\\+?\\d{1,3}[\\p{Zs}\\p{Pd}.()]{0,3})?\\(?${separated}(?!\\d)`, "gu");
}

/**
 * A file name as it may be stored: contact details removed ("Jane_Doe_jane@example.com_+1-415-555-0100.pdf"
 * becomes "Jane Doe [removed] [removed].pdf"). Underscores read as spaces so the patterns see the parts.
 */
export function cleanFileName(name: string): string | null {
  const short = name.slice(0, 200);
  // The extension is set aside first: "janedoe.dev.pdf" must read as a domain followed by ".pdf".
  const extension = /\.[A-Za-z0-9]{1,5}$/.exec(short)?.[0] ?? "";
  const text = normalizeText(short.slice(0, short.length - extension.length).replace(/_/g, " "));
  const cleaned = removeContactDetails(text).text.replace(/\s+/g, " ").trim();
  return cleaned.length > 0 ? `${cleaned}${extension}` : null;
}
