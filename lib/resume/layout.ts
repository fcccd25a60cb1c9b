import type { PdfItem, PdfPage } from "./pool";

/** A gutter may be crossed by full-width lines (a name banner, a summary band) carrying up to this share of text. */
const MAX_SPANNING_SHARE = 0.2;
/** Each column must carry at least this share of the page's text, or it is a margin note, not a column. */
const MIN_COLUMN_SHARE = 0.12;
/** When most left-hand lines sit on the same baseline as right-hand text, the page is a table (dates | entry). */
const MAX_ALIGNED_SHARE = 0.75;

interface Line {
  y: number;
  items: PdfItem[];
}

export interface PageText {
  text: string;
  columns: 1 | 2;
}

/** Text of every page in reading order: two-column and sidebar pages column by column, others line by line. */
export function pagesToText(pages: PdfPage[], options: ReadOptions = {}): { text: string; columns: number } {
  const read = pages.map((page) => readPage(page, options));
  return {
    text: read.map((page) => page.text).join("\n\n"),
    columns: Math.max(1, ...read.map((page) => page.columns)),
  };
}

export interface ReadOptions {
  /** false reads every page line by line across the full width: how a naive layout reader interleaves columns. */
  columns?: boolean;
}

export function readPage(page: PdfPage, options: ReadOptions = {}): PageText {
  const items = page.items.filter((item) => item.s.trim().length > 0 && Number.isFinite(item.x + item.y + item.w));
  const lines = groupLines(items);
  const gutter = options.columns === false ? null : findGutter(items, lines, page.width);
  if (gutter === null) return { text: lines.map(lineText).join("\n"), columns: 1 };

  const out: string[] = [];
  let left: string[] = [];
  let right: string[] = [];
  const flush = () => {
    out.push(...left, ...right);
    left = [];
    right = [];
  };
  for (const line of lines) {
    if (line.items.some((item) => crosses(item, gutter))) {
      flush();
      out.push(lineText(line));
      continue;
    }
    const leftItems = line.items.filter((item) => item.x < gutter);
    const rightItems = line.items.filter((item) => item.x >= gutter);
    if (leftItems.length > 0) left.push(lineText({ y: line.y, items: leftItems }));
    if (rightItems.length > 0) right.push(lineText({ y: line.y, items: rightItems }));
  }
  flush();
  return { text: out.join("\n"), columns: 2 };
}

/** Items on one baseline (within half a glyph height) form a line; lines run top to bottom. */
function groupLines(items: PdfItem[]): Line[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Line[] = [];
  for (const item of sorted) {
    const last = lines.at(-1);
    const tolerance = Math.max(1, Math.min(item.h || 10, last?.items[0]?.h || 10) * 0.5);
    if (last && Math.abs(last.y - item.y) <= tolerance) last.items.push(item);
    else lines.push({ y: item.y, items: [item] });
  }
  for (const line of lines) line.items.sort((a, b) => a.x - b.x);
  return lines;
}

/** Joins a line's items, adding a space only where the gap between them is a visible one. */
function lineText(line: Line): string {
  let text = "";
  let end: number | null = null;
  for (const item of line.items) {
    const gap = end === null ? 0 : item.x - end;
    const needsSpace = end !== null && gap > Math.max(0.5, (item.h || 10) * 0.15);
    if (needsSpace && !text.endsWith(" ") && !item.s.startsWith(" ")) text += " ";
    text += item.s;
    end = Math.max(end ?? -Infinity, item.x + item.w);
  }
  return text.trim();
}

function crosses(item: PdfItem, x: number): boolean {
  return item.x < x - 1 && item.x + item.w > x + 1;
}

/**
 * The x position of the gap between two columns, or null for a one-column page. Scans the middle of the page for
 * the widest vertical strip that almost no text crosses, with real text on both sides of it.
 */
export function findGutter(items: PdfItem[], lines: Line[], pageWidth: number): number | null {
  const width = Math.ceil(Math.max(pageWidth, ...items.map((item) => item.x + item.w), 1));
  if (items.length < 8 || width > 20_000) return null;
  const weight = (item: PdfItem) => item.s.trim().length;
  const total = items.reduce((sum, item) => sum + weight(item), 0);
  const cover = new Float64Array(width + 2);
  const startsAt = new Float64Array(width + 2);
  const endsAt = new Float64Array(width + 2);
  for (const item of items) {
    const x0 = clamp(Math.floor(item.x), 0, width);
    const x1 = clamp(Math.ceil(item.x + item.w), 0, width);
    for (let x = x0 + 1; x < x1; x++) cover[x]! += weight(item);
    startsAt[x0]! += weight(item);
    endsAt[x1]! += weight(item);
  }
  let best: { from: number; to: number; cover: number } | null = null;
  let run: { from: number; to: number; cover: number } | null = null;
  let leftOf = 0;
  for (let x = 0; x <= width; x++) {
    leftOf += endsAt[x]!;
    const inMiddle = x > width * 0.15 && x < width * 0.85;
    const candidate =
      inMiddle &&
      cover[x]! <= total * MAX_SPANNING_SHARE &&
      leftOf >= total * MIN_COLUMN_SHARE &&
      total - leftOf - cover[x]! >= total * MIN_COLUMN_SHARE;
    if (candidate && run && cover[x] === run.cover) run.to = x;
    else {
      if (run && (!best || run.cover < best.cover || (run.cover === best.cover && run.to - run.from > best.to - best.from))) best = run;
      run = candidate ? { from: x, to: x, cover: cover[x]! } : null;
    }
  }
  if (!best || best.to - best.from < 4) return null;
  const gutter = (best.from + best.to) / 2;
  return isTable(lines, gutter) ? null : gutter;
}

/**
 * True when the text on one side mostly shares its baselines with text on the other: a dates-and-entries table
 * (moderncv's date column on the left, right-aligned dates and places), read best line by line.
 */
function isTable(lines: Line[], gutter: number): boolean {
  const count = { left: 0, right: 0, both: 0 };
  for (const line of lines) {
    if (line.items.some((item) => crosses(item, gutter))) continue;
    const hasLeft = line.items.some((item) => item.x + item.w <= gutter + 1);
    const hasRight = line.items.some((item) => item.x >= gutter - 1);
    if (hasLeft) count.left++;
    if (hasRight) count.right++;
    if (hasLeft && hasRight) count.both++;
  }
  const smaller = Math.min(count.left, count.right);
  return smaller > 0 && count.both / smaller > MAX_ALIGNED_SHARE;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
