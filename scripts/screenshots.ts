/**
 * npm run screenshots -- [BASE_URL]
 * Drives a running SkillGap (default http://127.0.0.1:3000) in Chromium through the candidate flow and saves the
 * README's screenshots to docs/, plus the report's print output (docs/report-print.pdf) with its page count.
 */
import { mkdirSync } from "node:fs";
import { chromium, type Page } from "@playwright/test";
import { PDFDocument } from "pdf-lib";
import { CLASSIC_ML_RESUME, GENAI_RESUME, JOB_POSTING } from "../e2e/fixtures";

const base = (process.argv[2] ?? "http://127.0.0.1:3000").replace(/\/$/, "");
mkdirSync("docs", { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
});
const page = await browser.newPage({ viewport: { width: 1200, height: 1000 }, deviceScaleFactor: 1 });

async function analyze(target: Page, text: string) {
  await target.getByLabel("Or paste your resume text").fill(text);
  await target.getByRole("button", { name: "Analyze my resume" }).click();
  await target.waitForURL(/\/reports\/[A-Za-z0-9_-]{22}$/);
}

async function shoot(name: string, section?: string) {
  const file = `docs/${name}.png`;
  if (section) await page.locator(`[data-section="${section}"]`).screenshot({ path: file });
  else await page.screenshot({ path: file });
  console.log(`saved ${file}`);
}

await page.goto(`${base}/`);
await page.getByLabel("Industry").selectOption("fintech");
await page.getByLabel("Country").selectOption("US");
await analyze(page, CLASSIC_ML_RESUME);
await shoot("report");
await shoot("report-chart", "chart");

await analyze(page, GENAI_RESUME);
await shoot("report-progress", "progress");
await page.getByLabel("Paste a job posting").fill(JOB_POSTING);
await page.getByRole("button", { name: "Compare with this posting" }).click();
await page.locator('[data-section="posting"]').waitFor();
await shoot("report-posting", "posting");

await page.emulateMedia({ media: "print" });
const pdf = await page.pdf({ path: "docs/report-print.pdf", format: "Letter", printBackground: false });
console.log(`saved docs/report-print.pdf: ${(await PDFDocument.load(pdf)).getPageCount()} pages`);
await page.emulateMedia({ media: "screen" });

await page.goto(`${base}/practice/rag-architecture`);
await shoot("practice");
await browser.close();
