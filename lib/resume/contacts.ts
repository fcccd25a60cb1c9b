import { AT_HANDLE, BARE_DOMAIN, EMAIL, LABELLED_HANDLE, ORCID_ID, PHONE, STREETS, URL } from "./contact-patterns";

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
  if (/^\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d{2}$/.test(trimmed)) return false;
  if (/^\d{4}[./-]\d{1,2}[./-]\d{1,2}$/.test(trimmed)) return false;
  return true;
}

export interface ContactScan {
  text: string;
  /** Which kinds were found and removed: the readability check reports them. */
  found: { emails: number; phones: number; urls: number; addresses: number };
}

export function removeContactDetails(text: string): ContactScan {
  const found = { emails: 0, phones: 0, urls: 0, addresses: 0 };
  const replace =
    (pattern: RegExp, key: keyof typeof found, accept: (m: string) => boolean = () => true) =>
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
  result = replace(LABELLED_HANDLE, "urls")(result);
  result = replace(AT_HANDLE, "urls")(result);
  result = replace(ORCID_ID, "urls")(result);
  for (const street of STREETS) result = replace(street, "addresses")(result);
  result = replace(PHONE, "phones", looksLikePhone)(result);
  return { text: result, found };
}
