/**
 * Text built to make a backtracking pattern or a careless loop take time that grows faster than its input: long
 * runs without a space, runs of separators a pattern repeats over, deep Unicode. Each is prefixed with a short real
 * resume so the whole pipeline runs (a text with too few letters would stop at the first check).
 */
const RESUME = `Experience
Machine Learning Engineer, Acme, 2020 - Present
Built retrieval-augmented generation with LangChain and the OpenAI API; trained PyTorch models.
Skills
Python, PyTorch, LangChain, Hugging Face, prompt engineering
`;

/** A run made of `unit` repeated to about `chars` characters. */
const run = (unit: string, chars: number) => unit.repeat(Math.max(1, Math.floor(chars / unit.length)));

/** Name → the unit repeated. Kept as data so the fuzz script and the tests walk the same list. */
export const PATHOLOGICAL_UNITS: Record<string, string> = {
  "run without spaces": "a",
  "mixed run without spaces": "aB1._-",
  "run of digits": "1",
  "run of newlines": "\n",
  "newline space newline": "\n \n",
  "carriage returns": "\r\n\r",
  "1-": "1-",
  "a.": "a.",
  "1.": "1.",
  "a@": "a@",
  dots: ".",
  dashes: "-",
  "en dashes": "\u2013",
  "A-": "A-",
  "a-newline": "a-\n",
  "1 space": "1 ",
  "+1 space": "+1 ",
  "(1)": "(1)",
  "number and capital word": "1 Aa ",
  "obfuscated at": "a (at) ",
  "obfuscated dot": "a [dot] ",
  "icon label": "GITHUB ",
  "at handle": "@a",
  url: "http://a",
  domain: "a.com.",
  "latex macro": "\\ab ",
  bullets: "\u2022 ",
  "soft hyphen at line end": "\u00AD \n",
  "page marker": "-- 1 of 2 --\n",
  "combining marks": "\u0301\u0316",
  "combining marks after a base": "a\u0301\u0316\u0327",
  "right-to-left with overrides": "\u202E\u05D0\u05D1 \u0627\u0644 ",
  "zero-width spaces": "a\u200B",
  "zero-width joiners": "\u200D",
  "emoji ZWJ sequences": "\u{1F469}\u200D\u{1F4BB}",
  "lone surrogates": "\uD800",
  "expanding ligature": "\uFDFA",
  "fi ligature": "\uFB01",
  "no-break and thin spaces": "a\u00A0\u2009",
};

/** Every pathological text at about `chars` characters of run (plus the resume prefix). */
export function pathologicalTexts(chars = 90_000): { name: string; text: string }[] {
  return Object.entries(PATHOLOGICAL_UNITS).map(([name, unit]) => ({ name, text: RESUME + run(unit, chars) }));
}

/** One pathological run by name, at `chars` characters, without the prefix: for measuring how a step grows. */
export function pathologicalRun(name: string, chars: number): string {
  return run(PATHOLOGICAL_UNITS[name]!, chars);
}
