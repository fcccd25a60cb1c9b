import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Locator, type Page } from "@playwright/test";
import { PDFDocument, StandardFonts } from "pdf-lib";

/** Renders resume text into a real one-page-per-60-lines PDF with a text layer, as an editor would export it. */
export async function resumePdf(text: string): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const lines = text.split("\n");
  for (let start = 0; start < lines.length; start += 60) {
    const page = pdf.addPage([612, 792]);
    lines.slice(start, start + 60).forEach((line, index) => {
      page.drawText(line, { x: 50, y: 740 - index * 12, size: 10, font });
    });
  }
  return Buffer.from(await pdf.save());
}

export const GENAI_RESUME = `Alex Example
Senior AI Engineer
Summary
AI engineer with 6 years of experience building LLM products.
Experience
Senior AI Engineer, Acme Corp, Jan 2021 - Present
Built a RAG pipeline over Pinecone using the OpenAI API and GPT-4o for support search.
Designed LLM agents with LangGraph and tool calling to automate claims triage.
Machine Learning Engineer, Beta Inc, Jan 2018 - Dec 2020
Trained PyTorch models for demand forecasting and deployed them with MLflow.
Skills
Python, PyTorch, LangChain, Hugging Face, prompt engineering`;

export const CLASSIC_ML_RESUME = `Sam Sample
Data Scientist
Experience
Data Scientist, Gamma Analytics, Mar 2020 - Present
Built gradient boosting and scikit-learn models for churn prediction.
Analyzed customer data with SQL and pandas; presented results to executives.
Education
MSc Statistics, State University, 2018 - 2020
Skills
Python, SQL, scikit-learn, XGBoost, Tableau`;

/** A resume carrying every kind of contact detail, one of them inside a line that evidences a skill. */
export const CONTACT_RESUME = `Jordan Doe
jordan.doe@example.com | +1 (415) 555-0100 | linkedin.com/in/jordandoe | github.com/jordandoe
221 Baker Street, Springfield
Senior AI Engineer
Experience
Senior AI Engineer, Acme Corp, Jan 2021 - Present
Built a RAG pipeline over Pinecone using the OpenAI API; demo on request at jordan.doe@example.com or 415-555-0100.
Designed LLM agents with LangGraph and tool calling to automate claims triage.
Machine Learning Engineer, Beta Inc, Jan 2018 - Dec 2020
Trained PyTorch models for demand forecasting and deployed them with MLflow.
Skills
Python, PyTorch, LangChain, Hugging Face, prompt engineering`;

/** The upload page as a user works it: by labels and roles. */
export class UploadPage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.goto("/");
  }

  async uploadFile(name: string, mimeType: string, buffer: Buffer) {
    await this.page.getByLabel("Upload your resume").setInputFiles({ name, mimeType, buffer });
    await this.page.getByRole("button", { name: "Analyze my resume" }).click();
  }

  /** Pastes text, clearing a file left chosen from an earlier try: a chosen file is read before pasted text. */
  async pasteText(text: string) {
    await this.page.getByLabel("Upload your resume").setInputFiles([]);
    await this.page.getByLabel("Or paste your resume text").fill(text);
    await this.page.getByRole("button", { name: "Analyze my resume" }).click();
  }

  /** The form shows the coded error in its live region and stays on the upload page. */
  async expectError(code: string, message: string | RegExp) {
    const error = this.page.getByRole("status").locator(`[data-error-code="${code}"]`);
    await expect(error).toBeVisible();
    await expect(error).toContainText(message);
    await expect(this.page).toHaveURL(/\/$/);
  }

  /** `timeout` for uploads that run OCR, which takes seconds per page beside the tests running alongside. */
  async expectReport({ timeout }: { timeout?: number } = {}) {
    await expect(this.page).toHaveURL(/\/reports\/[A-Za-z0-9_-]{22}$/, { timeout });
    await expect(this.page.getByRole("heading", { name: "Your SkillGap report" })).toBeVisible();
  }

  /** From a report page: uploads the resume's next version and waits for its report; returns the new report's URL. */
  async uploadVersion(text: string): Promise<string> {
    const before = this.page.url();
    await this.page.getByLabel("Or paste your resume text").fill(text);
    await this.page.getByRole("button", { name: "Analyze my resume" }).click();
    await expect(this.page).not.toHaveURL(before);
    await this.expectReport();
    return this.page.url();
  }
}

export const JOB_POSTING = `AI Engineer, Payments Platform
Requirements:
Build retrieval-augmented generation (RAG) features over our policy documents.
Design AI agents with LangGraph, evaluate LLMs, and deploy models with MLOps practices (MLflow).
Nice to have:
PyTorch and vector databases such as Pinecone.
The Anthropic Claude API and multi-agent frameworks such as CrewAI.`;

/** Fails with the list of rule ids and targets when axe-core finds any accessibility violation on the page. */
export async function expectNoAxeViolations(page: Page) {
  // A client-side navigation can still be settling when its heading appears, and Next.js streams a dynamic page's
  // <title> after its body: axe should see the finished page.
  await page.waitForLoadState("networkidle");
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).analyze();
  const found = results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
  );
  expect(found, `axe violations on ${page.url()}`).toEqual([]);
}

/** Presses Tab until `target` has focus, as a keyboard user would; fails if it is not reachable. */
export async function tabTo(page: Page, target: Locator, maxPresses = 60) {
  for (let press = 0; press < maxPresses; press++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Not reachable with the Tab key: ${target}`);
}

export const test = base.extend<{ upload: UploadPage }>({
  upload: async ({ page }, use) => {
    await use(new UploadPage(page));
  },
});

export { expect };
