/**
 * What the matcher does to text before it looks for words. It never adds or removes a line, so evidence line
 * numbers point into the same lines a caller stored: Unicode compatibility forms (NFKC folds the ligatures
 * U+FB00–FB06, full-width letters and odd spaces), hyphen look-alikes become "-", and white space is folded.
 * Soft hyphens stay: the tokenizer joins the word around one when the joined word is a known term.
 */
const LIGATURES: Record<string, string> = { "\uFB00": "ff", "\uFB01": "fi", "\uFB02": "fl", "\uFB03": "ffi",
  "\uFB04": "ffl", "\uFB05": "st", "\uFB06": "st" };

export function prepareText(text: string): string {
  return text
    .replace(/[\uFB00-\uFB06]/g, (ligature) => LIGATURES[ligature] ?? ligature)
    .normalize("NFKC")
    .replace(/\r\n?/g, "\n")
    .replace(/[\u2010\u2011\u2012\u2212]/g, "-")
    .replace(/[\t\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, " ");
}
