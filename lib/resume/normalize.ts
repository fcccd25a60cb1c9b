/**
 * Repairs text as extractors and editors leave it, so that the stored text reads cleanly and the matcher sees
 * ordinary words: Unicode compatibility forms (ligatures), soft and odd hyphens, private-use icon glyphs, control
 * and invisible format characters, bullets, page markers, LaTeX macro names that leaked from a template, and runs
 * of white space. Lines and words are capped in length, so every later pattern works on bounded pieces.
 *
 * Every pattern here is linear in its input (lib/eval/pathological.test.ts measures it): white space around a page marker is
 * [ \t], never \s, which would let one attempt run across every following line.
 */

import { AppError } from "../errors";

/** Longer runs of characters without a space are not words: they are cut to this length. */
export const MAX_TOKEN_CHARS = 256;
/** Longer lines are wrapped at a space: no resume line is this long, and evidence quotes one line. */
export const MAX_LINE_CHARS = 1_000;
/**
 * Unicode's stream-safe limit on combining marks after one base character (UAX #15): longer runs are cut before
 * NFKC, whose canonical reordering of marks grows with the square of a run's length.
 */
const MAX_COMBINING_MARKS = 30;

/**
 * `maxChars`: refuse (too-much-text) once compatibility forms are expanded, before any pattern runs: one character
 * can expand to eighteen ("\uFDFA"), so a text within the limit can come out of NFKC far beyond it.
 */
export function normalizeText(raw: string, options: { maxChars?: number } = {}): string {
  const marks = raw.replace(/(?<!\p{M})\p{M}{31,}/gu, (run) => Array.from(run).slice(0, MAX_COMBINING_MARKS).join(""));
  const text = nfkc(marks, options.maxChars ?? Infinity)
    .replace(/\r\n?|[\u0085\u2028\u2029]/g, "\n")
    // A soft hyphen at a line end is a justification break: join the word. Elsewhere it stood for a real hyphen.
    .replace(/\u00AD[ \t]*\n[ \t]*/g, "")
    .replace(/\u00AD/g, "-")
    // Invisible format characters (zero-width spaces and joiners, bidirectional overrides, BOMs) would hide an
    // email from the patterns ("jane\u200B@example.com") or reverse how stored text reads.
    .replace(/\p{Cf}/gu, "")
    .replace(/[\u2010\u2011\u2012\u2043\u2212]/g, "-")
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    // Icon fonts (Font Awesome, Phosphor, marvosym) map glyphs to the private-use area.
    .replace(/[\uE000-\uF8FF]|[\u{F0000}-\u{FFFFD}]|\uFFFD/gu, " ")
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what this removes.
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g, " ")
    .replace(/\t/g, " ")
    // pdf-parse marks page breaks as "-- 1 of 2 --".
    .replace(/^[ \t]*--[ \t]*\d{1,6}[ \t]+of[ \t]+\d{1,6}[ \t]*--[ \t]*$/gm, "")
    // An icon macro the template failed to expand ("\faTrophy", "\faHeartbeat") stands alone after white space;
    // a path such as C:\Users keeps its backslash.
    .replace(/(?<=^|[\s(])\\[A-Za-z]{2,40}(?![\w\\/])/gm, " ")
    // A word hyphenated across a line break ("multi-\nagent") is one word again.
    .replace(/(\p{L})-[ \t]*\n[ \t]*(\p{Ll})/gu, "$1-$2");

  return text
    .split("\n")
    .map((line) =>
      capLine(
        line
          .replace(/^\s*(?:[•●▪■◦‣∙·*>❖➢➤►▶✓✔-]\s+)+/u, "")
          .replace(/[\p{Zs}\u200B]+/gu, " ")
          .trim(),
      ),
    )
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** Text is normalized in pieces of about this many characters, so an expanding text is refused early. */
const NFKC_PIECE = 8_192;

/**
 * NFKC piece by piece, stopping (too-much-text) as soon as the output passes `maxChars`. Pieces end before white
 * space, which composes with nothing before it; a run with no white space is cut before a character that is not a
 * combining mark.
 */
function nfkc(text: string, maxChars: number): string {
  if (text.length <= NFKC_PIECE) return checked(text.normalize("NFKC"), maxChars);
  const pieces: string[] = [];
  let length = 0;
  for (let start = 0; start < text.length; ) {
    let end = Math.min(text.length, start + NFKC_PIECE);
    const space = text.slice(end, end + 256).search(/\s/);
    if (space >= 0) end += space;
    else while (end < text.length && /\p{M}|[\uDC00-\uDFFF]/u.test(text[end]!)) end++;
    const piece = text.slice(start, end).normalize("NFKC");
    length += piece.length;
    if (length > maxChars) throw new AppError("too-much-text");
    pieces.push(piece);
    start = end;
  }
  return pieces.join("");
}

function checked(text: string, maxChars: number): string {
  if (text.length > maxChars) throw new AppError("too-much-text");
  return text;
}

/** Cuts over-long words and wraps an over-long line at spaces (a scan over the line, no pattern). */
function capLine(line: string): string {
  if (line.length <= MAX_TOKEN_CHARS) return line;
  const words = line.split(" ").map((word) => (word.length > MAX_TOKEN_CHARS ? Array.from(word).slice(0, MAX_TOKEN_CHARS).join("") : word));
  const out: string[] = [];
  let current = "";
  for (const word of words) {
    if (current.length > 0 && current.length + 1 + word.length > MAX_LINE_CHARS) {
      out.push(current);
      current = word;
    } else current = current.length > 0 ? `${current} ${word}` : word;
  }
  if (current.length > 0) out.push(current);
  return out.join("\n");
}
