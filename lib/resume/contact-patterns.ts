/**
 * The patterns contact details take in resumes from many countries. Kept apart from the removal logic so that
 * adding a form is one line here, with a case in contacts.test.ts.
 */
export const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;

export const URL =
  /\b(?:https?:\/\/|www\.)[^\s,;)]+|\b(?:linkedin\.com|github\.com|gitlab\.com|twitter\.com|x\.com|medium\.com|kaggle\.com|huggingface\.co|stackoverflow\.com|orcid\.org)\/[^\s,;)]*/gi;

export const BARE_DOMAIN =
  /\b[\p{L}\p{N}-]+\.(?:com|io|dev|me|net|org|ai|co|app|page|site|xyz|de|es|uk|fr|it|nl|in)(?:\/[^\s,;)]*)?(?=[\s,;)]|$)/giu;

/** "GITHUB-SQUARE posquit0", "LINKEDIN jdoe" (icon-font labels) or "GitHub: jdoe" (a label with a colon). */
export const LABELLED_HANDLE =
  /\b(?:(?:GITHUB|LINKEDIN|GITLAB|TWITTER|KAGGLE|ORCID|MEDIUM|MASTODON)(?:-SQUARE|-IN|-ALT)?\s*[:|]?[ \t]+|(?:GitHub|Github|github|LinkedIn|Linkedin|linkedin|GitLab|Gitlab|Twitter|Kaggle|ORCID|Medium|Mastodon|Website|Homepage)[ \t]*:[ \t]*)(?!\[removed\])@?[\p{L}\p{N}_][\p{L}\p{N}_.-]{1,38}/gu;

/** A social handle on its own: "@jane_doe", "@user@instance". */
export const AT_HANDLE = /(?<![\p{L}\p{N}_.@])@[\p{L}\p{N}_][\p{L}\p{N}_.-]{1,30}(?:@[\p{L}\p{N}.-]+)?/gu;

export const ORCID_ID = /\b\d{4}-\d{4}-\d{4}-\d{3}[\dX]\b/g;

/** A trailing postal code and town after a street: ", 10115 Berlin", ", 75002 Paris". */
const POSTAL_TOWN = String.raw`(?:,?[ \t]*\d{4,5}(?:-\d{3,4})?[ \t]+[\p{Lu}][\p{L}-]+)?`;

export const STREETS: RegExp[] = [
  // 123 Main Street, 221B Baker Street, 55 Elm St., Apt 4B
  new RegExp(
    String.raw`\b\d{1,5}[A-Za-z]?[ \t]+(?:[\p{Lu}][\p{L}'.-]*[ \t]){1,4}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Parkway|Pkwy|Highway|Hwy|Square|Sq|Circle|Cir)\b\.?(?:,?[ \t]*(?:Apt|Apartment|Suite|Ste|Unit|#)\.?[ \t]*[\p{L}\p{N}-]+)?` +
      POSTAL_TOWN,
    "gu",
  ),
  // 4 Rue de la Paix, 12 avenue des Champs-Élysées
  new RegExp(
    String.raw`\b\d{1,4}(?:[ \t]?(?:bis|ter))?,?[ \t]+(?:rue|avenue|boulevard|bd|place|chemin|allée|impasse|quai|cours)[ \t]+(?:[\p{Ll}'-]+[ \t]){0,3}[\p{Lu}][\p{L}'-]+` +
      POSTAL_TOWN,
    "giu",
  ),
  // Hauptstraße 12, Am Lindenweg 3a
  new RegExp(
    String.raw`\b[\p{Lu}][\p{L}-]*(?:straße|strasse|str\.|weg|allee|platz|gasse|damm)[ \t]+\d{1,4}[ \t]?[a-z]?\b` + POSTAL_TOWN,
    "gu",
  ),
  // Berliner Straße 5a
  new RegExp(
    String.raw`\b[\p{Lu}][\p{L}-]+[ \t]+(?:Straße|Strasse|Str\.|Weg|Allee|Platz|Gasse|Damm)[ \t]+\d{1,4}[a-z]?\b` + POSTAL_TOWN,
    "gu",
  ),
  // Calle Mayor 5, Via Roma 10, Avenida Paulista, 1578
  new RegExp(
    String.raw`\b(?:Calle|Avenida|Av\.|Via|Viale|Piazza|Corso|Rua|Carrer|Paseo|Plaza|Praça|Travessa)[ \t]+(?:[\p{L}'-]+[ \t]){0,3}?[\p{Lu}][\p{L}'-]*,?[ \t]+\d{1,5}[a-zA-Z]?\b` +
      POSTAL_TOWN,
    "gu",
  ),
];

/**
 * National and international phone forms: +1 (415) 555-0100, (+82) 10-1234-5678, +33 1 23 45 67 89,
 * (0151) 2345678, 0151/2345678. Not after a dot or slash, so DOIs and version numbers stay.
 */
export const PHONE =
  /(?<![\p{L}\p{N}.\/+-])(?:(?:\+\d{1,3}|\(\+\d{1,3}\))[ .-]?)?(?:\(\d{1,5}\)[ .\/-]?)?\d{1,8}(?:[ .\/-]\d{1,8}){0,5}(?![\p{L}\p{N}]|[.\/-]\d)/gu;
