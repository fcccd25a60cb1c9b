/**
 * Repairs text as extractors and editors leave it, so that the stored text reads cleanly and the matcher sees
 * ordinary words: Unicode compatibility forms (ligatures), soft and odd hyphens, private-use icon glyphs, control
 * characters, bullets, page markers, LaTeX macro names that leaked from a template, and runs of white space.
 */
export function normalizeText(raw: string): string {
  const text = raw
    .normalize("NFKC")
    .replace(/\r\n?/g, "\n")
    // A soft hyphen at a line end is a justification break: join the word. Elsewhere it stood for a real hyphen.
    .replace(/\u00AD[ \t]*\n[ \t]*/g, "")
    .replace(/\u00AD/g, "-")
    .replace(/[\u2010\u2011\u2012\u2043\u2212]/g, "-")
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    // Icon fonts (Font Awesome, Phosphor, marvosym) map glyphs to the private-use area.
    .replace(/[\uE000-\uF8FF]|[\u{F0000}-\u{FFFFD}]|\uFFFD/gu, " ")
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, " ")
    .replace(/\t/g, " ")
    // pdf-parse marks page breaks as "-- 1 of 2 --".
    .replace(/^\s*--\s*\d+\s+of\s+\d+\s*--\s*$/gm, "")
    // An icon macro the template failed to expand ("\faTrophy", "\faHeartbeat") stands alone after white space;
    // a path such as C:\Users keeps its backslash.
    .replace(/(?<=^|[\s(])\\[A-Za-z]{2,}(?![\w\\/])/gm, " ")
    // A word hyphenated across a line break ("multi-\nagent") is one word again.
    .replace(/(\p{L})-[ \t]*\n[ \t]*(\p{Ll})/gu, "$1-$2");

  return text
    .split("\n")
    .map((line) =>
      line
        .replace(/^\s*(?:[•●▪■◦‣∙·*>❖➢➤►▶✓✔-]\s+)+/u, "")
        .replace(/[ \u00A0\u2000-\u200B\u3000]+/g, " ")
        .trim(),
    )
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
