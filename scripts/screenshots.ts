/**
 * npm run screenshots -- [BASE_URL] [--coach-only]
 * Drives a running SkillGap (default http://127.0.0.1:3000) in Chromium through the candidate flow and saves the
 * README's screenshots to docs/, plus the report's print output (docs/report-print.pdf) with its page count; then
 * signs up a coach, imports a handful of resumes as their clients, and shoots the import, dashboard and cohort.
 * `--coach-only` skips the candidate flow.
 */
import { mkdirSync } from "node:fs";
import { chromium, type Page } from "@playwright/test";
import { PDFDocument } from "pdf-lib";
import { COACH_PASSWORD } from "../e2e/coach-fixtures";
import { CLASSIC_ML_RESUME, CONTACT_RESUME, GENAI_RESUME, JOB_POSTING } from "../e2e/fixtures";
import { CHROMIUM_LAUNCH } from "./lib/chromium";

const args = process.argv.slice(2);
const coachOnly = args.includes("--coach-only");
const base = (args.find((arg) => !arg.startsWith("--")) ?? "http://127.0.0.1:3000").replace(/\/$/, "");
mkdirSync("docs", { recursive: true });

const browser = await chromium.launch(CHROMIUM_LAUNCH);
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

if (!coachOnly) {
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
}

/** Clients for the coach screenshots: different people at different stages, so the cohort has a shape. */
const CLIENTS: [string, string][] = [
  ["Alex Example.txt", GENAI_RESUME],
  ["Sam Sample.txt", CLASSIC_ML_RESUME],
  ["Jordan Doe.txt", CONTACT_RESUME],
  [
    "Priya Raman.txt",
    CLASSIC_ML_RESUME.replace("Sam Sample", "Priya Raman").replace("XGBoost, Tableau", "PyTorch, Hugging Face, deep learning"),
  ],
  ["Lee Chen.txt", GENAI_RESUME.replace("Alex Example", "Lee Chen").replace("LangGraph", "CrewAI multi-agent framework")],
  [
    "Maria Lopez.txt",
    CLASSIC_ML_RESUME.replace("Sam Sample", "Maria Lopez").replace("churn prediction", "fraud detection with MLOps pipelines in MLflow"),
  ],
];

const coach = await browser.newPage({ viewport: { width: 1200, height: 900 }, deviceScaleFactor: 1 });
await coach.goto(`${base}/sign-up`);
await coach.getByLabel("Display name").fill("Dana Coach");
await coach.getByLabel("Email").fill(`coach-${Date.now()}@example.test`);
await coach.getByLabel("Password").fill(COACH_PASSWORD);
await coach.getByRole("button", { name: "Create coach account" }).click();
await coach.getByRole("heading", { name: "Your clients" }).waitFor();
await coach.goto(`${base}/coach/import`);
await coach
  .getByLabel("Resume files, or one .zip of them")
  .setInputFiles(CLIENTS.map(([name, text]) => ({ name, mimeType: "text/plain", buffer: Buffer.from(text) })));
await coach.getByRole("button", { name: "Import files" }).click();
await coach.getByRole("status").filter({ hasText: "Import finished" }).waitFor({ timeout: 120_000 });
await coach.screenshot({ path: "docs/coach-import.png", fullPage: true });
console.log("saved docs/coach-import.png");
await coach.goto(`${base}/coach`);
await coach.screenshot({ path: "docs/coach-dashboard.png", fullPage: true });
console.log("saved docs/coach-dashboard.png");
await coach.goto(`${base}/coach/cohort`);
await coach.screenshot({ path: "docs/coach-cohort.png", fullPage: true });
console.log("saved docs/coach-cohort.png");
await browser.close();
