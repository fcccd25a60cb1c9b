/**
 * Removes contact details before text is stored or shown: emails, phone numbers, profile and personal URLs,
 * street addresses. What remains is what SkillGap keeps; the original file is never stored.
 */
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;
const URL = /\b(?:https?:\/\/|www\.)[^\s,;)]+|\b(?:linkedin\.com|github\.com|gitlab\.com|twitter\.com|x\.com|medium\.com|kaggle\.com|huggingface\.co|stackoverflow\.com)\/[^\s,;)]*/gi;
const BARE_DOMAIN = /\b[\p{L}\p{N}-]+\.(?:com|io|dev|me|net|org|ai|co|app|page|site|xyz|de|es|uk)(?:\/[^\s,;)]*)?(?=[\s,;)]|$)/giu;
// International and national phone forms: +1 (415) 555-0100, 0151 2345678, +44 20 7946 0958, 415.555.0100.
const PHONE = /(?<![\p{L}\p{N}])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d{2,4}(?:[\s.-]\d{2,4}){1,4}(?![\p{L}\p{N}])/gu;
const STREET = /\b\d{1,5}\s+(?:[\p{Lu}][\p{L}'.-]*\s){1,4}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Parkway|Pkwy|Straße|Strasse|Weg|Allee|Platz|Calle|Avenida)\b\.?(?:,?\s*(?:Apt|Suite|Unit|#)\s*\w+)?/gu;
const STREET_BEFORE_NUMBER = /\b[\p{Lu}][\p{L}-]*(?:straße|strasse|weg|allee|platz|gasse)\s+\d{1,4}[a-z]?\b/gu;

export const REDACTED = "[removed]";

/** A phone-looking run counts only with enough digits and not as a year range like "2019 - 2023". */
function looksLikePhone(candidate: string): boolean {
  const digits = candidate.replace(/\D/g, "");
  if (digits.length < 7 || digits.length > 15) return false;
  if (/^(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}$/.test(candidate.trim())) return false;
  if (/^\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d{2}$/.test(candidate.trim())) return false;
  return true;
}

export interface ContactScan {
  text: string;
  /** Which kinds were found and removed: the readability check reports them. */
  found: { emails: number; phones: number; urls: number; addresses: number };
}

export function removeContactDetails(text: string): ContactScan {
  const found = { emails: 0, phones: 0, urls: 0, addresses: 0 };
  const replace = (pattern: RegExp, key: keyof typeof found, accept: (m: string) => boolean = () => true) =>
    (input: string) =>
      input.replace(pattern, (match) => {
        if (!accept(match)) return match;
        found[key]++;
        return REDACTED;
      });
  let result = text;
  result = replace(EMAIL, "emails")(result);
  result = replace(URL, "urls")(result);
  result = replace(BARE_DOMAIN, "urls", (m) => !/^\d/.test(m) && !/\.(?:js|ts|py|net)$/i.test(m))(result);
  result = replace(STREET, "addresses")(result);
  result = replace(STREET_BEFORE_NUMBER, "addresses")(result);
  result = replace(PHONE, "phones", looksLikePhone)(result);
  return { text: result, found };
}
