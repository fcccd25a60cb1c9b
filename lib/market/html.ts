/**
 * HTML → text, in one pass with indexOf (no regular expression over the markup, so no input makes it slow).
 * Scripts, styles and comments are dropped; block elements become line breaks, list items "- " lines, so a
 * posting's headings and bullets survive for the posting reader.
 */

const BLOCK = new Set([
  "p",
  "div",
  "br",
  "li",
  "ul",
  "ol",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "tr",
  "table",
  "section",
  "article",
  "header",
  "footer",
  "dt",
  "dd",
  "hr",
  "blockquote",
  "pre",
]);
const SKIP = new Set(["script", "style", "noscript", "template", "svg", "head"]);
const NAMED: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  ndash: "–",
  mdash: "—",
  bull: "•",
  hellip: "…",
};

export function htmlToText(html: string): string {
  const lower = html.toLowerCase();
  const parts: string[] = [];
  let i = 0;
  while (i < html.length) {
    const open = html.indexOf("<", i);
    if (open < 0) {
      parts.push(html.slice(i));
      break;
    }
    parts.push(html.slice(i, open));
    if (html.startsWith("<!--", open)) {
      const close = html.indexOf("-->", open + 4);
      i = close < 0 ? html.length : close + 3;
      continue;
    }
    const close = html.indexOf(">", open + 1);
    if (close < 0) break;
    let start = open + 1;
    if (html[start] === "/") start++;
    let end = start;
    while (end < close && /[a-zA-Z0-9]/.test(html[end]!)) end++;
    const name = lower.slice(start, end);
    i = close + 1;
    if (SKIP.has(name) && html[open + 1] !== "/" && html[close - 1] !== "/") {
      const closing = lower.indexOf(`</${name}`, i);
      i = closing < 0 ? html.length : lower.indexOf(">", closing) + 1 || html.length;
      continue;
    }
    if (name === "li" && html[open + 1] !== "/") parts.push("\n- ");
    else if (BLOCK.has(name)) parts.push("\n");
  }
  return decodeEntities(parts.join(""))
    .replace(/[ \t\u00a0]+/g, " ")
    .replace(/ ?\n ?/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

function decodeEntities(text: string): string {
  return text.replace(/&(#\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/g, (whole, entity: string) => {
    if (entity[0] === "#") {
      const code = entity[1] === "x" || entity[1] === "X" ? Number.parseInt(entity.slice(2), 16) : Number(entity.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[entity.toLowerCase()] ?? whole;
  });
}
