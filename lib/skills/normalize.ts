/**
 * What the matcher does to text before it looks for words. It never adds or removes a line, so evidence line
 * numbers point into the same lines a caller stored: Unicode compatibility forms (NFKC folds the ligatures
 * U+FB00–FB06, full-width letters and odd spaces), hyphen look-alikes become "-", and white space is folded.
 * Soft hyphens stay: the tokenizer joins the word around one when the joined word is a known term.
 */
const REPLACEMENTS: Record<string, string> = {
  "\uFB00": "ff",
  "\uFB01": "fi",
  "\uFB02": "fl",
  "\uFB03": "ffi",
  "\uFB04": "ffl",
  "\uFB05": "st",
  "\uFB06": "st",
  "\u2010": "-",
  "\u2011": "-",
  "\u2012": "-",
  "\u2212": "-",
};
const SPECIAL = /[\uFB00-\uFB06\u2010-\u2012\u2212\t\u00A0\u2000-\u200A\u202F\u205F\u3000]/g;

/** Any character NFKC might change: plain ASCII text is its own normal form. */
const NOT_ASCII = /[\u0080-\uffff]/;

export function prepareText(text: string): string {
  // One pass for every single-character fix (ligatures before NFKC, which would fold them anyway), then NFKC.
  let replaced = text.replace(SPECIAL, (char) => REPLACEMENTS[char] ?? " ");
  if (NOT_ASCII.test(replaced)) replaced = replaced.normalize("NFKC");
  return replaced.includes("\r") ? replaced.replace(/\r\n?/g, "\n") : replaced;
}
