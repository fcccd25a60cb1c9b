import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { APP_ERRORS, type ReadErrorCode } from "../lib/errors";
import { blankPdf, docxOf, encryptedPdf, textPdf, zipBombDocx } from "../lib/eval/testing/make-files";
import { GENAI_RESUME, expect, test } from "./fixtures";
import { limitedServer } from "./servers";
import { SHARED_RESUME_FIXTURES } from "../lib/paths";

const FIXTURES = SHARED_RESUME_FIXTURES;
const fixture = (name: string) => path.join(FIXTURES, name);
const PDF = "application/pdf";
const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const buffer = (bytes: Uint8Array) => Buffer.from(bytes);

test.describe("every intake error reaches the form with its code and sentence", () => {
  const cases: [ReadErrorCode, string, string, () => Promise<Buffer>][] = [
    ["empty-file", "resume.pdf", PDF, async () => Buffer.alloc(0)],
    ["too-large", "resume.pdf", PDF, async () => Buffer.alloc(5 * 1024 * 1024 + 10, 0x41)],
    ["too-large", "resume.docx", DOCX, async () => buffer(await zipBombDocx(GENAI_RESUME, 60))],
    [
      "unsupported-type",
      "resume.docx",
      DOCX,
      async () => buffer(await new JSZip().file("a.txt", GENAI_RESUME).generateAsync({ type: "uint8array" })),
    ],
    ["encrypted", "resume.pdf", PDF, async () => buffer(encryptedPdf())],
    ["corrupt", "resume.pdf", PDF, async () => buffer((await textPdf(GENAI_RESUME)).slice(0, 400))],
    // OCR runs on this blank page, finds nothing and the user is told the PDF has no text layer.
    ["no-text-layer", "scan.pdf", PDF, async () => buffer(await blankPdf(1))],
    ["too-many-pages", "book.pdf", PDF, async () => buffer(await textPdf(GENAI_RESUME, 21))],
    ["too-little-text", "short.txt", "text/plain", async () => Buffer.from("Jane Doe\nPython")],
  ];
  for (const [code, name, type, make] of cases) {
    test(`${code} (${name})`, async ({ upload }) => {
      await upload.open();
      await upload.uploadFile(name, type, await make());
      await upload.expectError(code, APP_ERRORS[code].message);
    });
  }

  test("too-little-text and too-much-text for pasted text", async ({ upload, page }) => {
    await upload.open();
    await upload.pasteText("Jane Doe, Python");
    await upload.expectError("too-little-text", APP_ERRORS["too-little-text"].message);
    // Chromium's fill() of a textarea slows with its line count (tens of seconds for a few thousand lines); a paste
    // sets the value at once and fires one input event, so the test does the same.
    const tooLong = `${GENAI_RESUME}\n`.repeat(Math.ceil(105_000 / GENAI_RESUME.length));
    await page.getByLabel("Or paste your resume text").evaluate((textarea: HTMLTextAreaElement, value) => {
      textarea.value = value;
      textarea.dispatchEvent(new Event("input", { bubbles: true }));
    }, tooLong);
    await page.getByRole("button", { name: "Analyze my resume" }).click();
    await upload.expectError("too-much-text", APP_ERRORS["too-much-text"].message);
  });
});

test.describe("a server with a 1 ms parse budget", () => {
  const origin = limitedServer(3, { PARSE_TIMEOUT_MS: "1" });

  test("answers a slow parse with timeout, replaces the worker and keeps serving", async ({ page, upload }) => {
    await page.goto(origin);
    await upload.uploadFile("resume.pdf", PDF, buffer(await textPdf(GENAI_RESUME, 2)));
    await upload.expectError("timeout", APP_ERRORS.timeout.message);
    // The next file gets a fresh worker, and a coded answer again rather than a hung request.
    await upload.uploadFile("resume.docx", DOCX, buffer(await docxOf(GENAI_RESUME)));
    await upload.expectError("timeout", APP_ERRORS.timeout.message);
    // Pasted text is read in the pool too, under the same budget: no input is worked on in the web process.
    await upload.pasteText(GENAI_RESUME);
    await upload.expectError("timeout", APP_ERRORS.timeout.message);
    await page.goto(origin);
    await expect(page.getByRole("button", { name: "Analyze my resume" })).toBeVisible();
  });
});

test.describe("a server with one 128 MB parser worker", () => {
  const origin = limitedServer(4, { PARSE_WORKERS: "1", PARSE_WORKER_HEAP_MB: "128" });

  // A worker that dies of its heap cap is tested on the pool itself (lib/resume/pool.test.ts); here the document
  // that used to exhaust it is refused by its paragraph count before mammoth builds it.
  test("a DOCX too large to build in the worker gets a coded error, and the next upload is parsed", async ({ page, upload }) => {
    await page.goto(origin);
    // 8 MB of paragraph XML: under the unpacking limits, far over what mammoth can build in a 32 MB heap.
    const lines = Array.from({ length: 80_000 }, (_, i) => `Paragraph ${i} about retrieval-augmented generation`).join("\n");
    await upload.uploadFile("huge.docx", DOCX, buffer(await docxOf(lines)));
    await upload.expectError("too-much-text", APP_ERRORS["too-much-text"].message);
    await upload.uploadFile("alex.pdf", PDF, buffer(await textPdf(GENAI_RESUME)));
    await upload.expectReport();
  });
});

test.describe("a server that takes two uploads per address", () => {
  const origin = limitedServer(5, { UPLOAD_RATE_MAX: "2", UPLOAD_RATE_WINDOW_SECONDS: "600" });

  test("refuses the third upload with a coded sentence, keeps the text, and saves nothing", async ({ page, upload }) => {
    await page.goto(origin);
    for (let i = 0; i < 2; i++) {
      await upload.pasteText(GENAI_RESUME);
      await upload.expectReport();
      await page.goto(origin);
    }
    await upload.pasteText(GENAI_RESUME);
    await upload.expectError("rate-limited", /Try again in 10 minutes; nothing was saved/);
    await expect(page.getByLabel("Or paste your resume text")).toHaveValue(GENAI_RESUME);
  });
});

test("a DOCX upload gives a report whose readability check passes and whose evidence has no contact details", async ({ page, upload }) => {
  await upload.open();
  const resume = `${GENAI_RESUME}\nContact: alex@example.com, +49 30 12345678, Hauptstraße 12, 10115 Berlin`;
  await upload.uploadFile("alex.docx", DOCX, buffer(await docxOf(resume)));
  await upload.expectReport();
  const readability = page.getByTestId("readability");
  await expect(readability.getByRole("heading", { name: "How a screening system reads your resume" })).toBeVisible();
  await expect(readability.locator('[data-finding="text"]')).toContainText("Word document text");
  await expect(readability.locator('[data-finding="sections"]')).toContainText("Sections found: Summary, Experience, Skills");
  await expect(readability.locator('[data-finding="contacts"]')).toContainText("1 email, 1 phone number, 1 street address");
  for (const finding of await readability.locator("[data-finding]").all()) await expect(finding).toContainText("Advice:");
  for (const leak of ["alex@example.com", "12345678", "Hauptstraße"]) await expect(page.getByText(leak)).toHaveCount(0);
});

// Declared only where the shared resume fixtures are present (lib/paths.ts), as in share-privacy.spec.ts; elsewhere
// the run says why they are absent.
if (!existsSync(FIXTURES)) console.warn(`Skipping the shared resume fixtures: ${FIXTURES} is absent.`);

test.describe("the shared resume fixtures", () => {
  if (!existsSync(FIXTURES)) return;

  test("a scanned, image-only PDF is read by OCR and yields what its text original yields", async ({ page, upload }) => {
    await upload.open();
    await upload.uploadFile("scan.pdf", PDF, readFileSync(fixture("scanned-image-only-harvey-dent-derived.pdf")));
    await upload.expectReport({ timeout: 60_000 });
    await expect(page.getByTestId("readability").locator('[data-finding="text"]')).toContainText("Read by OCR");
    await expect(page.locator('[data-skill="machine-learning"]')).toBeVisible();
    await expect(page.locator('[data-skill="deep-learning"]')).toBeVisible();
  });

  test("a two-column resume is reported as two columns, read column by column", async ({ page, upload }) => {
    await upload.open();
    await upload.uploadFile("two-column.pdf", PDF, readFileSync(fixture("resume-matcher-chromium-two-column.pdf")));
    await upload.expectReport();
    await expect(page.getByTestId("readability").locator('[data-finding="columns"]')).toContainText("2 columns detected");
    await expect(page.getByText("john.doe@email.com")).toHaveCount(0);
  });
});
