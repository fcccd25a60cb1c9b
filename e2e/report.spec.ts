import { CLASSIC_ML_RESUME, GENAI_RESUME, JOB_POSTING, expect, expectNoAxeViolations, tabTo, test } from "./fixtures";
import { readFileSync } from "node:fs";
import path from "node:path";
import { PDFDocument } from "pdf-lib";
import { reportSchema } from "../lib/report/schema";

test("a candidate acts on the report: sections, practice, a better version, a job posting, export; axe clean", async ({
  page,
  upload,
  browser,
}) => {
  await upload.open();
  await expectNoAxeViolations(page);
  await page.getByLabel("Or paste your resume text").fill(CLASSIC_ML_RESUME);
  await page.getByLabel("Industry").selectOption("fintech");
  await page.getByLabel("Country").selectOption("DE");
  await page.getByRole("button", { name: "Analyze my resume" }).click();
  await upload.expectReport();
  const firstUrl = page.url();

  // Tier: the snapshot's figures, the evidence, the caveats, and the skills that would move the candidate up.
  await expect(page.getByTestId("tier")).toContainText("$77,600");
  await expect(page.getByTestId("tier")).toContainText("n=77");
  const tierRegion = page.getByRole("region", { name: "Your salary tier" });
  await expect(tierRegion.getByText(/US postings .* median base salary only/)).toBeVisible();
  await expect(tierRegion.getByText(/Caveat: small sample/)).toBeVisible();
  await expect(page.getByTestId("tier-evidence")).toContainText("none of the generative-AI skills");
  const movers = page.getByTestId("tier-movers");
  await expect(movers).toContainText("$140,000");
  await expect(movers).toContainText("LLMs — in 55.5% of postings");
  // Level with its reason and the snapshot's figures for it.
  await expect(page.getByTestId("level")).toContainText("(estimated)");
  await expect(page.getByTestId("level-market")).toContainText(/of postings are at this level; .* require generative-AI skills/);
  // Coverage: one figure, its definition, the top-ten count.
  const coverage = await page.getByTestId("coverage").textContent();
  expect(coverage).toMatch(/^\d+(\.\d)?%$/);
  await expect(page.getByText(/posting shares of the skills your resume shows/)).toBeVisible();
  await expect(page.getByTestId("top-skills")).toContainText(/You show \d+ of the 10 most requested skills/);
  // What to study first, on the first screen; then the ranked gaps, study-first group first, each linked to practice.
  await expect(page.getByTestId("study-first")).toContainText(
    "Study first: LLMs (55.5% of postings), AI Agents (47.3% of postings), Generative AI",
  );
  await expect(page.getByTestId("gaps-study-first").locator("[data-gap]").first()).toHaveAttribute("data-gap", "llms");
  await expect(page.getByTestId("gaps-study-first").locator('[data-gap="rag"]')).toContainText("39.6% of postings (1,647)");
  // The chart: server-rendered SVG with a title, a description and a table equivalent.
  const chart = page.getByRole("img", { name: "Skills by share of postings" });
  await expect(chart).toBeVisible();
  await expect(page.getByTestId("skills-chart").locator("desc")).toContainText("missing");
  await page.getByText("The chart as a table").click();
  await expect(page.getByTestId("chart-table").getByRole("row")).toHaveCount(17);
  // Target market: the figures the snapshot has, and plainly when it has none.
  await expect(page.getByTestId("market-industry")).toContainText("95.1%");
  await expect(page.getByTestId("market-industry")).toContainText("175 of 184");
  await expect(page.getByTestId("market-country")).toContainText("4.8%");
  await expect(page.getByTestId("market-country")).toContainText("the snapshot has no figure for Germany");
  await expectNoAxeViolations(page);

  // A practice topic, reached from a gap.
  await page
    .getByTestId("gaps-study-first")
    .locator('[data-gap="rag"]')
    .getByRole("link", { name: /Practice: RAG architecture/ })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "RAG architecture" })).toBeVisible();
  const questions = await page.getByTestId("questions").locator("li").count();
  expect(questions).toBeGreaterThanOrEqual(5);
  expect(questions).toBeLessThanOrEqual(8);
  await expect(page.getByTestId("probes")).toContainText("Retrieval quality");
  await expect(page.getByTestId("docs").getByRole("link").first()).toHaveAttribute("href", /^https:\/\//);
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "All practice topics" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Practice topics" })).toBeVisible();
  await expect(page.getByRole("link", { name: /AI system design interviews/ })).toBeVisible();
  await expectNoAxeViolations(page);
  // Every area of the snapshot has its page; an unknown area is not found.
  const snapshot = JSON.parse(readFileSync(path.join("data", "market", "ai-engineer-2026-06.json"), "utf8"));
  const areas: string[] = snapshot.practiceAreas.areas.map((area: { id: string }) => area.id);
  await expect(page.locator('main a[href^="/practice/"]')).toHaveCount(areas.length);
  for (const area of areas) expect((await page.request.get(`/practice/${area}`)).status(), area).toBe(200);
  expect((await page.request.get("/practice/no-such-area")).status()).toBe(404);

  // A better version, uploaded from the report: progress is shown.
  await page.goto(firstUrl);
  const secondUrl = await upload.uploadVersion(GENAI_RESUME);
  await expect(page.getByTestId("progress-tier")).toContainText(
    "No AI skills required ($77,600, n=77) → Generative-AI skills required ($140,000, n=635)",
  );
  await expect(page.getByText(/Caveat for No AI skills required: small sample/)).toBeVisible();
  await expect(page.getByTestId("progress-coverage")).toContainText(`${coverage} →`);
  await expect(page.getByTestId("progress-gained")).toContainText("RAG");
  await expect(page.getByTestId("tier-evidence")).toContainText("For example: Built a RAG pipeline over Pinecone");
  await expect(page.getByTestId("market-industry")).toContainText("Fintech");
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Open the previous version" }).click();
  await expect(page).toHaveURL(firstUrl);
  await expect(page.getByTestId("newer-version")).toBeVisible();
  await page.getByRole("link", { name: "Open the newer report" }).click();
  await expect(page).toHaveURL(secondUrl);

  // A job posting: the section lists what it asks for, shown and lacking.
  await page.getByLabel("Paste a job posting").fill(JOB_POSTING);
  await page.getByRole("button", { name: "Compare with this posting" }).click();
  const posting = page.getByRole("region", { name: "Against the job posting you pasted" });
  await expect(posting).toBeVisible();
  await expect(posting.locator('[data-posting-skill="rag"]')).toHaveAttribute("data-shown", "true");
  await expect(posting.locator('[data-posting-skill="mlops"]')).toContainText("shows it");
  const anthropic = posting.locator('[data-posting-skill="anthropic"]');
  await expect(anthropic).toContainText("lacks it");
  // Required or preferred, as the posting's wording says ("… is a plus").
  await expect(anthropic).toContainText("(preferred)");
  await expect(posting.locator('[data-posting-skill="rag"]')).toContainText("(required)");
  await expect(anthropic.getByRole("link", { name: /LLM fundamentals/ })).toHaveAttribute("href", "/practice/llm-fundamentals");
  await expect(page.getByTestId("posting-summary")).toContainText(/asks for \d+ of the skills/);
  await expect(page.getByTestId("posting-summary")).toContainText("Of the 7 it requires, your resume shows 7.");
  await expectNoAxeViolations(page);

  // Printed (the print stylesheet), even this fullest report — progress, market, posting — fits on two pages.
  const printed = await PDFDocument.load(await page.pdf({ format: "Letter" }));
  expect(printed.getPageCount()).toBeLessThanOrEqual(2);

  // JSON export parses against the report schema, for the owner only.
  const exported = await page.request.get(`${secondUrl}/export`);
  expect(exported.status()).toBe(200);
  expect(exported.headers()["content-disposition"]).toContain("attachment");
  const report = reportSchema.parse(await exported.json());
  expect(report.tier.id).toBe("generative");
  expect(report.progress?.tierBefore.id).toBe("no-ai");
  expect(report.posting?.skills.some((skill) => skill.id === "rag")).toBe(true);
  const stranger = await browser.newContext();
  expect((await stranger.request.get(`${secondUrl}/export`)).status()).toBe(404);
  await stranger.close();
});

test("the whole flow works with the keyboard alone", async ({ page, upload }) => {
  // Tabbing through a long report one key at a time takes a while on a shared machine.
  test.slow();
  await upload.open();
  const text = page.getByLabel("Or paste your resume text");
  await tabTo(page, text);
  await page.keyboard.insertText(CLASSIC_ML_RESUME);
  await tabTo(page, page.getByLabel("Industry"));
  await page.keyboard.press("ArrowDown");
  await expect(page.getByLabel("Industry")).toHaveValue("fintech");
  await tabTo(page, page.getByRole("button", { name: "Analyze my resume" }));
  await page.keyboard.press("Enter");
  await upload.expectReport();
  await expect(page.getByTestId("market-industry")).toContainText("Fintech");

  // The chart's table opens from the keyboard; a practice link follows with Enter.
  await tabTo(page, page.getByText("The chart as a table"));
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("chart-table")).toBeVisible();
  await tabTo(
    page,
    page
      .getByTestId("gaps-study-first")
      .getByRole("link", { name: /Practice: LLM fundamentals/ })
      .first(),
    80,
  );
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "LLM fundamentals" })).toBeVisible();
  await page.goBack();
  await upload.expectReport();

  // A job posting, pasted and submitted from the keyboard.
  await tabTo(page, page.getByLabel("Paste a job posting"), 120);
  await page.keyboard.insertText(JOB_POSTING);
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Compare with this posting" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("region", { name: "Against the job posting you pasted" })).toBeVisible();

  // A new version, uploaded from the report with the keyboard; then the JSON download.
  const firstUrl = page.url();
  await tabTo(page, page.getByLabel("Or paste your resume text"), 150);
  await page.keyboard.insertText(GENAI_RESUME);
  await tabTo(page, page.getByRole("button", { name: "Analyze my resume" }));
  await page.keyboard.press("Enter");
  await expect(page).not.toHaveURL(firstUrl);
  await expect(page.getByTestId("progress-tier")).toContainText("→");
  await tabTo(page, page.getByRole("link", { name: "Download as JSON" }), 150);
  const download = page.waitForEvent("download");
  await page.keyboard.press("Enter");
  expect((await download).suggestedFilename()).toMatch(/^skillgap-report-\d{4}-\d{2}-\d{2}\.json$/);
});
