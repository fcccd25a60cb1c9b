import { expect, newPerson, test, uploadThroughIntake } from "./coach-fixtures";
import { expectNoAxeViolations, GENAI_RESUME } from "./fixtures";

/** Three postings as a board export gives them, one of them twice (the same posting on two boards) and one unreadable. */
function postingsCsv(): string {
  const rows = [
    [
      "AI Engineer",
      "Berlin, Germany",
      "AI Engineer\nRequirements:\n- RAG with LangChain and a vector database\n- The OpenAI API\nNice to have: LangGraph",
      "€80k",
    ],
    [
      "Machine Learning Engineer",
      "Munich, Germany",
      "Machine Learning Engineer\nRequirements:\n- PyTorch and deep learning for ranking\n- MLflow model registry",
      "€70.000 – €85.000",
    ],
    [
      "Data Engineer",
      "Hamburg, Germany",
      "Data Engineer\nRequirements:\n- Spark, Airflow and strong SQL for the warehouse\n- Batch pipelines on AWS",
      "€65k",
    ],
    [
      "AI Engineer",
      "Berlin, Germany",
      "AI Engineer\nRequirements:\n- RAG with LangChain and a vector database\n- The OpenAI API\nNice to have: LangGraph",
      "€80k",
    ],
    ["Broken", "x", "hi", ""],
  ];
  const quote = (value: string) => `"${value.replace(/"/g, '""')}"`;
  return ["title,location,description,salary", ...rows.map((row) => row.map(quote).join(","))].join("\n");
}

test("a coach builds a market from postings, watches it count, and their clients' new reports are measured against it", async ({
  page,
  coach,
  browser,
}) => {
  await coach.signUp();
  const link = await coach.intakeLink();
  await page.getByRole("link", { name: "Markets" }).click();
  await expect(page.getByRole("heading", { name: "Markets", level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);

  const title = `Germany postings ${Date.now()}`;
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Postings file").setInputFiles({ name: "germany.csv", mimeType: "text/csv", buffer: Buffer.from(postingsCsv()) });
  await page.getByRole("button", { name: "Build market" }).click();
  await expect(page.getByText("Counting the postings in germany.csv")).toBeVisible();
  const row = page.getByRole("row", { name: new RegExp(title) });
  await expect(row).toContainText("Ready: 3 postings counted (1 duplicate dropped, 1 unreadable)", { timeout: 30_000 });
  await expectNoAxeViolations(page);

  await page.getByLabel("New reports from your clients are measured against").selectOption({ label: `${title} (yours, 3 postings)` });
  await page.getByRole("button", { name: "Use this market" }).click();
  await expect(page.getByText("Saved: your clients' new reports are measured against this market.")).toBeVisible();
  await page.reload();
  await expect(row).toContainText("your clients' market");

  // A client's report names the market it was measured against.
  const candidate = await newPerson(browser);
  await uploadThroughIntake(candidate.page, link, { label: "Market Client", text: GENAI_RESUME });
  await expect(candidate.page.getByText(`${title}: 3 postings`)).toBeVisible();
  await candidate.context.close();

  // It is the coach's own: a candidate on the home page is not offered it among the public markets.
  const other = await newPerson(browser);
  await other.page.goto("/");
  await expect(other.page.getByRole("option", { name: new RegExp(title) })).toHaveCount(0);
  await other.context.close();
});
