/**
 * The patterns contact details take in resumes from many countries. Kept apart from the removal logic so that
 * adding a form is one line here, with a case in contacts.test.ts.
 *
 * Every pattern here runs on user text, so each must stay linear in its input (lib/eval/pathological.test.ts measures it):
 *  - a run is only started where the previous character cannot belong to it (a one-character lookbehind), so a
 *    long run without the pattern's anchor is tried once, not once per position;
 *  - every repeat is bounded, and two neighbouring repeats never match the same characters, so a failed attempt
 *    gives back a bounded number of characters.
 * No pattern matches a line break, nor looks at one as anything but a non-letter: contacts.ts may run a pattern on
 * the lines its cue (LINE_CUES) finds instead of the whole text.
 */

/** Any dash (hyphen, en and em dash, minus, …): Word writes "555–0199" with an en dash. */
const DASH = String.raw`\p{Pd}\u2212`;
/** Any space character, including no-break and thin spaces, for text that did not pass through normalizeText. */
const SPACE = String.raw`\p{Zs}\t`;

const LOCAL = String.raw`[\p{L}\p{N}._%+\-]`;
const LABEL = String.raw`[\p{L}\p{N}\-]{1,63}`;

export const EMAIL = new RegExp(String.raw`(?<!${LOCAL})${LOCAL}{1,64}@${LABEL}(?:\.${LABEL}){0,6}\.\p{L}{2,24}(?![\p{L}\p{N}])`, "gu");

/**
 * Emails spelled out to fool scrapers: "jane (at) example (dot) com", "jane [at] example [dot] com",
 * "jane(at)example.com", "jane@example (dot) com" and "jane at example dot com". An "@" or an unbracketed "at"
 * counts only with every dot spelled out, so "Engineer at Scale.ai" and "langchain@0.1" stay.
 */
const IN_BRACKETS = (word: string) => String.raw`[(\[{<][${SPACE}]{0,3}${word}[${SPACE}]{0,3}[)\]}>]`;
const BRACKETED = (word: string) => `[${SPACE}]{0,3}${IN_BRACKETS(word)}[${SPACE}]{0,3}`;
const SPELLED = (word: string) => `[${SPACE}]{1,3}${word}[${SPACE}]{1,3}`;
const AT = "(?:at|AT|At)";
const DOT = "(?:dot|DOT|Dot)";
export const OBFUSCATED_EMAILS: RegExp[] = [
  new RegExp(
    String.raw`(?<!${LOCAL})${LOCAL}{1,64}${BRACKETED(AT)}${LABEL}(?:(?:${BRACKETED(DOT)}|${SPELLED(DOT)}|\.)${LABEL}){1,6}(?![\p{L}\p{N}])`,
    "gu",
  ),
  new RegExp(
    String.raw`(?<!${LOCAL})${LOCAL}{1,64}(?:${SPELLED(AT)}|@)${LABEL}(?:(?:${BRACKETED(DOT)}|${SPELLED(DOT)})${LABEL}){1,6}(?![\p{L}\p{N}])`,
    "gu",
  ),
];

export const URL =
  /(?<![\p{L}\p{N}])(?:https?:\/\/|www\.)[^\s,;)]{1,2000}|(?<![\p{L}\p{N}])(?:linkedin\.com|github\.com|gitlab\.com|twitter\.com|x\.com|medium\.com|kaggle\.com|huggingface\.co|stackoverflow\.com|orcid\.org)\/[^\s,;)]{0,2000}/giu;

/** Top-level domains people put their own site under. */
const TLD =
  "com|io|dev|me|net|org|ai|co|app|page|site|xyz|tech|blog|online|info|website|codes|design|de|es|uk|fr|it|nl|in|ca|eu|ch|se|au|nz|br|jp|kr|sg|pl|pt|be";

/** "janedoe.dev", "jane-doe.github.io", "portfolio.janedoe.me/blog"; a sentence's full stop may follow. */
export const BARE_DOMAIN = new RegExp(
  String.raw`(?<![\p{L}\p{N}\-.@/])(?:${LABEL}\.){1,4}(?:${TLD})(?:\/[^\s,;)]{0,2000})?(?![\p{L}\p{N}\-_@]|\.[\p{L}\p{N}])`,
  "giu",
);

/** "GITHUB-SQUARE posquit0", "LINKEDIN jdoe" (icon-font labels) or "GitHub: jdoe" (a label with a colon). */
export const LABELLED_HANDLE =
  /\b(?:(?:GITHUB|LINKEDIN|GITLAB|TWITTER|KAGGLE|ORCID|MEDIUM|MASTODON)(?:-SQUARE|-IN|-ALT)?(?:[ \t]{0,4}[:|])?[ \t]{1,4}|(?:GitHub|Github|github|LinkedIn|Linkedin|linkedin|GitLab|Gitlab|Twitter|Kaggle|ORCID|Medium|Mastodon|Website|Homepage)[ \t]{0,4}:[ \t]{0,4})(?!\[removed\])@?[\p{L}\p{N}_][\p{L}\p{N}_.-]{1,38}/gu;

/** A social handle on its own: "@jane_doe", "@user@instance". */
export const AT_HANDLE = /(?<![\p{L}\p{N}_.@])@[\p{L}\p{N}_][\p{L}\p{N}_.-]{1,30}(?:@[\p{L}\p{N}.-]{1,253})?/gu;

export const ORCID_ID = /\b\d{4}-\d{4}-\d{4}-\d{3}[\dX]\b/g;

/** A trailing postal code and town after a street: ", 10115 Berlin", ", 75002 Paris". */
const POSTAL_TOWN = String.raw`(?:,?[ \t]{0,4}\d{4,5}(?:-\d{3,4})?[ \t]{1,4}[\p{Lu}][\p{L}-]{1,40})?`;

/**
 * Any of the "|"-separated words where no word character (\w, as \b reads it) stands before it: the same matches as
 * `\b(?:words)` for words that open with a letter, but the check runs only where a word has matched. A pattern that
 * opens with an assertion has V8 test it at every position of the text.
 */
const wordsStartingAfterNonWord = (words: string) =>
  `(?:${words
    .split("|")
    .map((word) => String.raw`${word}(?<!\w${word})`)
    .join("|")})`;

/** The street words of each form below, shared with its cue in LINE_CUES. */
const EN_STREET_WORDS =
  "Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Parkway|Pkwy|Highway|Hwy|Square|Sq|Circle|Cir";
const FR_STREET_WORDS = "rue|avenue|boulevard|bd|place|chemin|allée|impasse|quai|cours";
const DE_STREET_SUFFIXES = String.raw`straße|strasse|str\.|weg|allee|platz|gasse|damm`;
const DE_STREET_WORDS = String.raw`Straße|Strasse|Str\.|Weg|Allee|Platz|Gasse|Damm`;
const ROMANCE_STREET_WORDS = String.raw`Calle|Avenida|Av\.|Via|Viale|Piazza|Corso|Rua|Carrer|Paseo|Plaza|Praça|Travessa`;

export const STREETS: RegExp[] = [
  // 123 Main Street, 221B Baker Street, 55 Elm St., Apt 4B
  new RegExp(
    String.raw`(?<![\p{L}\p{N}])\d{1,5}[A-Za-z]?[ \t]{1,4}(?:[\p{Lu}][\p{L}'.-]{0,40}[ \t]){1,4}(?:${EN_STREET_WORDS})\b\.?(?:,?[ \t]{0,4}(?:Apt|Apartment|Suite|Ste|Unit|#)\.?[ \t]{0,4}[\p{L}\p{N}-]{1,12})?` +
      POSTAL_TOWN,
    "gu",
  ),
  // 4 Rue de la Paix, 12 avenue des Champs-Élysées
  new RegExp(
    String.raw`(?<![\p{L}\p{N}])\d{1,4}(?:[ \t]?(?:bis|ter))?,?[ \t]{1,4}(?:${FR_STREET_WORDS})[ \t]{1,4}(?:[\p{Ll}'-]{1,40}[ \t]){0,3}[\p{Lu}][\p{L}'-]{1,40}` +
      POSTAL_TOWN,
    "giu",
  ),
  // Hauptstraße 12, Am Lindenweg 3a
  new RegExp(String.raw`(?<![\p{L}-])[\p{Lu}][\p{L}-]{0,40}?(?:${DE_STREET_SUFFIXES})[ \t]{1,4}\d{1,4}[ \t]?[a-z]?\b` + POSTAL_TOWN, "gu"),
  // Berliner Straße 5a
  new RegExp(String.raw`(?<![\p{L}-])[\p{Lu}][\p{L}-]{1,40}[ \t]{1,4}(?:${DE_STREET_WORDS})[ \t]{1,4}\d{1,4}[a-z]?\b` + POSTAL_TOWN, "gu"),
  // Calle Mayor 5, Via Roma 10, Avenida Paulista, 1578
  new RegExp(
    String.raw`\b(?:${ROMANCE_STREET_WORDS})[ \t]{1,4}(?:[\p{L}'-]{1,40}[ \t]){0,3}?[\p{Lu}][\p{L}'-]{0,40},?[ \t]{1,4}\d{1,5}[a-zA-Z]?\b` +
      POSTAL_TOWN,
    "gu",
  ),
];

/**
 * National and international phone forms: +1 (415) 555-0100, (+82) 10-1234-5678, +33 1 23 45 67 89,
 * (0151) 2345678, 0151/2345678, (212) 555–0199 with any dash or space. Not after a dot or slash, so DOIs and
 * version numbers stay.
 */
const PHONE_SEP = String.raw`[${SPACE}.\/${DASH}]`;
export const PHONE = new RegExp(
  String.raw`(?<![\p{L}\p{N}.\/+${DASH}])(?:(?:\+\d{1,3}|\(\+\d{1,3}\))${PHONE_SEP}?)?(?:\(\d{1,5}\)${PHONE_SEP}?)?\d{1,8}(?:${PHONE_SEP}\d{1,8}){0,5}(?![\p{L}\p{N}]|[.\/${DASH}]\d)`,
  "gu",
);

/**
 * For every pattern above, a part every match of it contains: a line without it holds no match, and contacts.ts runs
 * the pattern only on the lines that have it. Trying EMAIL at every word of a resume cost as much as the rest of the
 * text pipeline, and the full scan of one evidence line up to 0.1 ms; an email is on one line of a resume.
 * contacts.test.ts checks that each cue is found in every match of its pattern. A new pattern adds its cue here, with
 * its pattern's flags (a case-insensitive "u" pattern folds more than ASCII: "ſ" matches "s").
 */
export const LINE_CUES = new Map<RegExp, RegExp>([
  [EMAIL, /@/g],
  // The bracketed "at" without the spaces around it: the same lines, and the scan starts only at a bracket.
  [OBFUSCATED_EMAILS[0]!, new RegExp(IN_BRACKETS(AT), "gu")],
  [OBFUSCATED_EMAILS[1]!, new RegExp(DOT, "g")],
  [URL, /:\/\/|www\.|\.(?:com|co|org)\//giu],
  [BARE_DOMAIN, new RegExp(String.raw`\.(?:${TLD})`, "giu")],
  [LABELLED_HANDLE, /github|linkedin|gitlab|twitter|kaggle|orcid|medium|mastodon|website|homepage/giu],
  [AT_HANDLE, /@/g],
  [ORCID_ID, /\d{4}-\d{4}/g],
  [STREETS[0]!, new RegExp(String.raw`${wordsStartingAfterNonWord(EN_STREET_WORDS)}\b`, "gu")],
  [STREETS[1]!, new RegExp(FR_STREET_WORDS, "giu")],
  [STREETS[2]!, new RegExp(String.raw`(?:${DE_STREET_SUFFIXES})[ \t]{1,4}\d`, "gu")],
  [STREETS[3]!, new RegExp(String.raw`(?:${DE_STREET_WORDS})[ \t]{1,4}\d`, "gu")],
  [STREETS[4]!, new RegExp(ROMANCE_STREET_WORDS, "gu")],
  // PHONE counts only with seven digits (looksLikePhone in contacts.ts), all within one run of digits and separators
  // (at most ") (" between two of them).
  [PHONE, new RegExp(`(?:\\d[${SPACE}.\\/${DASH}+()]{0,4}){7}`, "gu")],
]);

/** The patterns every match of which holds a digit (a house number, a postal code, an identifier's or a phone's digits). */
export const DIGIT_PATTERNS: ReadonlySet<RegExp> = new Set([ORCID_ID, ...STREETS, PHONE]);

/**
 * The cues above in four patterns, by whether their pattern needs a digit and by case rule (each cue keeps its own):
 * a text none matches holds nothing to remove (evidence.ts quotes many short lines, most of which hold none). A text
 * without a digit skips the cues of the patterns that need one; the street words ("place", "cours", "St") are the
 * costly cues and the common words. The case-insensitive cues run case-sensitively on the text in lower case: V8
 * tries a case-insensitive Unicode alternation at every position of a line, two to three times slower on a two-byte
 * line (one with a bullet, a dash or a curly quote). Lower case is the case fold of every character such a cue can
 * match but "ſ", which folds to "s": a text holding it runs them case-insensitively.
 */
const cuesOf = (needsDigit: boolean, caseInsensitive: boolean, flags: string) =>
  new RegExp(
    [...LINE_CUES]
      .filter(([pattern, cue]) => DIGIT_PATTERNS.has(pattern) === needsDigit && cue.flags.includes("i") === caseInsensitive)
      .map(([, cue]) => `(?:${cue.source})`)
      .join("|"),
    flags,
  );
const CUES = cuesOf(false, false, "u");
const DIGIT_CUES = cuesOf(true, false, "u");
const LOWER_CASE_CUES = cuesOf(false, true, "u");
const LOWER_CASE_DIGIT_CUES = cuesOf(true, true, "u");
const FOLDED_CUES = cuesOf(false, true, "iu");
const FOLDED_DIGIT_CUES = cuesOf(true, true, "iu");

/** Whether a text may hold a contact detail: whether it holds any cue of a pattern that may match it. */
export function mayHoldContact(text: string): boolean {
  if (CUES.test(text)) return true;
  const digit = /\d/.test(text);
  if (digit && DIGIT_CUES.test(text)) return true;
  if (text.includes("ſ")) return FOLDED_CUES.test(text) || (digit && FOLDED_DIGIT_CUES.test(text));
  const lower = text.toLowerCase();
  return LOWER_CASE_CUES.test(lower) || (digit && LOWER_CASE_DIGIT_CUES.test(lower));
}
