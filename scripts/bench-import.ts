/**
 * npm run bench:import [-- --files 50 --port 3191]
 * Times a coach importing N text PDFs through /coach/import against uploading the same N one by one through the
 * upload form, in the same run, on the production build (`npx next build` first). The server listens on
 * 127.0.0.1 only and uses a throwaway database file, removed afterwards; every step has a time limit.
 */
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { chromium, type Page } from "@playwright/test";
import { COACH_PASSWORD } from "../e2e/coach-fixtures";
import { resumePdf } from "../e2e/fixtures";
import { removeSqliteFiles } from "../lib/db/test-database";
import { scratchSqliteUrl } from "../lib/paths";
import { CHROMIUM_LAUNCH } from "./lib/chromium";
import { resetDatabase, startProductionServer } from "./lib/production-server";

const { values } = parseArgs({ options: { files: { type: "string", default: "50" }, port: { type: "string", default: "3191" } } });
const FILES = Number(values.files);
const PORT = Number(values.port);
const BASE = `http://127.0.0.1:${PORT}`;
const DATABASE = scratchSqliteUrl(`bench-import-${process.pid}`);
const STEP_MS = 10 * 60 * 1000;

const TOOLS = ["LangChain", "LangGraph", "Pinecone", "MLflow", "PyTorch", "Hugging Face", "the OpenAI API", "Weaviate", "CrewAI", "vLLM"];

/** N resumes that differ in name and skills, so none is a duplicate of another. */
async function resumes(count: number, first = 0): Promise<{ name: string; mimeType: string; buffer: Buffer }[]> {
  return Promise.all(
    Array.from({ length: count }, (_, offset) => first + offset).map(async (index) => {
      const tool = (offset: number) => TOOLS[(index + offset) % TOOLS.length];
      const text = [
        `Candidate Number${index}`,
        "Senior AI Engineer",
        "Experience",
        `AI Engineer, Company ${index}, Jan 20${10 + (index % 12)} - Present`,
        `Built a RAG pipeline with ${tool(0)} and ${tool(3)} for support search over ${100 + index} thousand documents.`,
        `Designed LLM agents with ${tool(5)} and tool calling to automate claims triage.`,
        `Machine Learning Engineer, Beta ${index}, 2012 - 2016`,
        `Trained deep learning models with ${tool(7)} for demand forecasting.`,
        "Skills",
        `Python, ${tool(1)}, ${tool(2)}, prompt engineering`,
      ].join("\n");
      return { name: `Candidate ${index}.pdf`, mimeType: "application/pdf", buffer: await resumePdf(text) };
    }),
  );
}

async function timed(label: string, run: () => Promise<void>): Promise<number> {
  const start = performance.now();
  await run();
  const seconds = (performance.now() - start) / 1000;
  console.log(`${label}: ${seconds.toFixed(1)} s`);
  return seconds;
}

async function uploadThroughForm(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
  await page.goto(`${BASE}/`);
  await page.getByLabel("Upload your resume").setInputFiles(file);
  await page.getByRole("button", { name: "Analyze my resume" }).click();
  await page.waitForURL(/\/reports\/[A-Za-z0-9_-]{22}$/, { timeout: 60_000 }).catch(async (error) => {
    throw new Error(`the form did not open a report for ${file.name}: ${await page.getByRole("status").allTextContents()}`, {
      cause: error,
    });
  });
}

async function importFiles(page: Page, files: { name: string; mimeType: string; buffer: Buffer }[]) {
  await page.goto(`${BASE}/coach/import`);
  await page.getByLabel("Resume files, or one .zip of them").setInputFiles(files);
  await page.getByRole("button", { name: "Import files" }).click();
  const status = page.getByRole("status").filter({ hasText: "Import finished" });
  await status.waitFor({ timeout: STEP_MS });
  const text = await status.textContent();
  if (!text?.includes(`${files.length} saved`)) throw new Error(`the import did not save every file: ${text}`);
}

resetDatabase(DATABASE);
const server = await startProductionServer({
  port: PORT,
  database: DATABASE,
  env: { UPLOAD_RATE_MAX: "100000", IMPORT_RATE_MAX: "100000" },
});
const browser = await chromium.launch(CHROMIUM_LAUNCH);
const guard = setTimeout(() => {
  console.error("bench:import took too long; stopping");
  server.kill();
  process.exit(1);
}, 3 * STEP_MS);
try {
  const files = await resumes(FILES);
  const candidate = await (await browser.newContext()).newPage();
  const coach = await (await browser.newContext()).newPage();
  await coach.goto(`${BASE}/sign-up`);
  await coach.getByLabel("Display name").fill("Bench Coach");
  await coach.getByLabel("Email").fill("bench-coach@example.test");
  await coach.getByLabel("Password").fill(COACH_PASSWORD);
  await coach.getByRole("button", { name: "Create coach account" }).click();
  await coach.getByRole("heading", { name: "Your clients" }).waitFor();

  // Warm both paths (compiled pages, parse workers) with a resume that is not timed.
  const [warmForm, warmImport] = await resumes(2, FILES);
  await uploadThroughForm(candidate, warmForm!);
  await importFiles(coach, [warmImport!]);

  const form = await timed(`${FILES} PDFs one by one through the upload form`, async () => {
    for (const file of files) await uploadThroughForm(candidate, file);
  });
  const bulk = await timed(`${FILES} PDFs in one import at /coach/import`, () => importFiles(coach, files));
  console.log(
    JSON.stringify({
      files: FILES,
      formSeconds: Number(form.toFixed(1)),
      importSeconds: Number(bulk.toFixed(1)),
      importVsForm: Number((bulk / form).toFixed(2)),
    }),
  );
  if (bulk >= form) process.exitCode = 1;
} finally {
  clearTimeout(guard);
  await browser.close();
  await server.stop();
  removeSqliteFiles(DATABASE);
}
