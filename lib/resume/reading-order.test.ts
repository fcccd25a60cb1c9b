import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { PDFParse } from "pdf-parse";
import { afterAll, describe, expect, it } from "vitest";
import { pagesToText } from "./layout";
import { normalizeText } from "./normalize";
import { ParsePool } from "./pool";
import { SHARED_RESUME_FIXTURES } from "../paths";

const FIXTURES = SHARED_RESUME_FIXTURES;
const present = existsSync(FIXTURES);
if (!present) console.warn(`skipping reading-order measurements: ${FIXTURES} is absent`);

/** pdf.js's own item order, as pdf-parse's getText returns it: what SkillGap read before column detection. */
async function contentOrder(file: string): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(readFileSync(path.join(FIXTURES, file))) });
  try {
    return (await parser.getText()).text;
  } finally {
    await parser.destroy();
  }
}

const pool = new ParsePool(1, 256);

async function columnOrder(file: string, columns = true): Promise<{ text: string; columns: number }> {
  const bytes = new Uint8Array(readFileSync(path.join(FIXTURES, file)));
  const result = await pool.run({ kind: "pdf", bytes, maxPages: 20 }, 15_000);
  if (result.kind !== "pdf") throw new Error("not a pdf result");
  return pagesToText(result.pages, { columns });
}

function words(text: string): string[] {
  return (
    normalizeText(text)
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/**
 * Share of adjacent word pairs in `text` that also occur in the one-column twin. Interleaved columns create pairs
 * that span the two columns ("pipeline Python"); line wrapping costs both readings alike.
 */
export function pairAgreement(text: string, twin: string): number {
  const twinPairs = new Set<string>();
  const twinWords = words(twin);
  for (let i = 1; i < twinWords.length; i++) twinPairs.add(`${twinWords[i - 1]} ${twinWords[i]}`);
  const own = words(text);
  let shared = 0;
  for (let i = 1; i < own.length; i++) if (twinPairs.has(`${own[i - 1]} ${own[i]}`)) shared++;
  return shared / Math.max(1, own.length - 1);
}

describe.skipIf(!present)("reading order of two-column resumes", () => {
  afterAll(() => pool.close());

  for (const [file, twin] of [
    ["resume-matcher-chromium-two-column.pdf", "resume-matcher-chromium-single-column.pdf"],
    ["reactive-resume-gengar-sidebar.pdf", "reactive-resume-onyx-single-column.pdf"],
  ] as const) {
    it(`reads ${file} closer to its one-column twin than line-by-line or pdf.js order`, async () => {
      const reference = (await columnOrder(twin)).text;
      const before = pairAgreement(await contentOrder(file), reference);
      const rows = pairAgreement((await columnOrder(file, false)).text, reference);
      const after = await columnOrder(file);
      const now = pairAgreement(after.text, reference);
      console.info(
        `${file}: word-pair agreement with ${twin}: line by line ${rows.toFixed(3)}, pdf.js order ${before.toFixed(3)}, column order ${now.toFixed(3)}`,
      );
      expect(after.columns).toBe(2);
      expect(now).toBeGreaterThanOrEqual(before);
      expect(now).toBeGreaterThan(rows);
      expect(now).toBeGreaterThan(0.8);
    });
  }

  it("keeps AltaCV's sidebar sections together", async () => {
    const rows = normalizeText((await columnOrder("altacv-sample-two-column.pdf", false)).text).split("\n");
    const at = rows.findIndex((line) => line.includes("EXPERIENCE"));
    console.info(`altacv read line by line instead: ${rows.slice(at, at + 3).join(" | ")}`);
    const { text, columns } = await columnOrder("altacv-sample-two-column.pdf");
    expect(columns).toBe(2);
    const lines = normalizeText(text).split("\n");
    // Main-column and sidebar sections each come out whole: the sidebar's headings follow one another, after the
    // main column's, instead of alternating with them.
    const headings = lines.filter((line) => /^[A-Z][A-Z ]{4,}$/.test(line));
    console.info(`altacv headings in reading order: ${headings.join(" | ")}`);
    expect(headings.slice(0, 6)).toEqual([
      "YOUR NAME HERE",
      "EXPERIENCE",
      "PROJECTS",
      "A DAY OF MY LIFE",
      "MY LIFE PHILOSOPHY",
      "MOST PROUD OF",
    ]);
    const experience = lines.indexOf("EXPERIENCE");
    const projects = lines.indexOf("PROJECTS");
    expect(lines.slice(experience, projects).join(" ")).not.toMatch(/PHILOSOPHY|STRENGTHS|LANGUAGES/);
  });

  it("reads one-column and dates-column layouts as one column", async () => {
    for (const file of [
      "rendercv-classic-johndoe.pdf",
      "rendercv-moderncv-johndoe.pdf",
      "resume-matcher-harvey-dent-mle.pdf",
      "resume-matcher-chromium-single-column.pdf",
      "reactive-resume-onyx-single-column.pdf",
      "awesome-cv-resume.pdf",
    ]) {
      expect((await columnOrder(file)).columns, file).toBe(1);
    }
  });
});
