import { CLASSIC_ML_RESUME, GENAI_RESUME, expect, resumePdf, test } from "./fixtures";

test("a PDF upload gives a saved report with skills, evidence, tier and ranked gaps", async ({ page, upload }) => {
  await upload.open();
  await upload.uploadFile("alex.pdf", "application/pdf", await resumePdf(GENAI_RESUME));
  await upload.expectReport();

  await expect(page.getByTestId("tier")).toContainText("Generative-AI skills required");
  await expect(page.getByTestId("tier")).toContainText("$140,000");
  await expect(page.getByTestId("tier")).toContainText("n=635");
  for (const skill of ["rag", "llms", "ai-agents", "langgraph", "openai", "vector-databases", "deep-learning", "mlops"]) {
    await expect(page.locator(`[data-skill="${skill}"]`)).toBeVisible();
  }
  await expect(page.locator('[data-skill="rag"]')).toContainText("Built a RAG pipeline over Pinecone");
  await expect(page.locator('[data-skill="generative-ai"]')).toContainText("Implied by");
  // Gaps link to practice topics.
  await expect(
    page
      .locator("[data-gap]")
      .first()
      .getByRole("link", { name: /Practice:/ }),
  ).toBeVisible();
  await expect(page.getByText("4,155 postings")).toBeVisible();

  // The report is saved: it opens again after a reload.
  await page.reload();
  await expect(page.getByTestId("tier")).toContainText("$140,000");
});

test("pasted text works, and a classic-ML resume lands in the no-AI tier with LLM skills first in its gaps", async ({ page, upload }) => {
  await upload.open();
  await upload.pasteText(CLASSIC_ML_RESUME);
  await upload.expectReport();
  await expect(page.getByTestId("tier")).toContainText("$77,600");
  await expect(page.getByTestId("tier")).toContainText("n=77");
  await expect(page.getByText(/Caveat: small sample/)).toBeVisible();
  await expect(page.getByText("What would move you up")).toBeVisible();
  const firstGaps = await page
    .getByTestId("gaps-study-first")
    .locator("[data-gap]")
    .evaluateAll((items) => items.slice(0, 4).map((item) => item.getAttribute("data-gap")));
  expect(firstGaps).toEqual(["llms", "ai-agents", "generative-ai", "rag"]);
});

test("a file that is not a resume format gets a clear error and nothing is saved", async ({ page, upload }) => {
  await upload.open();
  const png = Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000a49444154789c6300010000050001", "hex");
  await upload.uploadFile("resume.pdf", "application/pdf", png);
  await expect(page.getByRole("status")).toContainText("Upload a PDF, a Word document (.docx) or a plain-text file");
  await expect(page).toHaveURL(/\/$/);
});

test("another browser cannot open a report: it gets not-found", async ({ page, upload, browser }) => {
  await upload.open();
  await upload.pasteText(GENAI_RESUME);
  await upload.expectReport();
  const url = page.url();

  const stranger = await browser.newContext();
  const strangerPage = await stranger.newPage();
  const response = await strangerPage.goto(url);
  expect(response?.status()).toBe(404);
  await expect(strangerPage.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expect(strangerPage.getByText("Built a RAG pipeline")).toHaveCount(0);
  await stranger.close();
});

test("a failed upload keeps the pasted text, so the candidate can fix it and try again", async ({ page, upload }) => {
  await upload.open();
  await upload.pasteText("Jane Doe, Python");
  await upload.expectError("too-little-text", /too little text/);
  await expect(page.getByLabel("Or paste your resume text")).toHaveValue("Jane Doe, Python");
  await page.getByLabel("Or paste your resume text").fill(GENAI_RESUME);
  await page.getByRole("button", { name: "Analyze my resume" }).click();
  await upload.expectReport();
});

test("while the server works the button shows progress and cannot be pressed twice", async ({ page, upload }) => {
  await upload.open();
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  // Hold the form's POST until the test has looked at the button.
  await page.route("**/*", async (route) => {
    if (route.request().method() === "POST") await held;
    await route.continue();
  });
  await page.getByLabel("Or paste your resume text").fill(GENAI_RESUME);
  await page.getByRole("button", { name: "Analyze my resume" }).click();
  await expect(page.getByRole("button", { name: "Analyzing your resume…" })).toBeDisabled();
  release();
  await upload.expectReport();
});

test("the owner can delete a report for good, after confirming", async ({ page, upload }) => {
  await upload.open();
  await upload.pasteText(GENAI_RESUME);
  await upload.expectReport();
  const url = page.url();

  await page.getByRole("button", { name: "Delete this report" }).click();
  await expect(page.getByText("Tick the box to confirm")).toBeVisible();
  await expect(page).toHaveURL(url);

  await page.getByLabel(/Delete this report for good/).check();
  await page.getByRole("button", { name: "Delete this report" }).click();
  await expect(page.getByText("Your report was deleted")).toBeVisible();
  expect((await page.goto(url))?.status()).toBe(404);
});
