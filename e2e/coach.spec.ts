import { CLASSIC_ML_RESUME, GENAI_RESUME } from "./fixtures";
import { CoachPage, expect, newPerson, parseCsv, test, uploadThroughIntake } from "./coach-fixtures";

test("a coach's whole workflow, from intake link to export, private to that coach until the candidate detaches", async ({
  page,
  coach,
  browser,
  context,
}) => {
  await coach.signUp();
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByRole("button", { name: "Copied" })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(await coach.intakeLink());
  expect(link).toMatch(/\/intake\/[A-Za-z0-9_-]{22}$/);

  // A candidate sees whose coach this is before uploading, and agrees.
  const ada = await newPerson(browser);
  await ada.page.goto(link);
  await expect(ada.page.getByText(`I agree that this report will be visible to my coach, ${coach.name}`)).toBeVisible();
  const adaUrl = await uploadThroughIntake(ada.page, link, { label: "Ada Lovelace", text: GENAI_RESUME });
  await expect(ada.page.getByTestId("coach-status")).toContainText(`Visible to your coach ${coach.name}`);
  const adaId = adaUrl.split("/").at(-1)!;

  // A second client whose label a spreadsheet would read as a formula, and one with no name at all.
  const sam = await newPerson(browser);
  await uploadThroughIntake(sam.page, link, { label: "@Sam Sample", text: CLASSIC_ML_RESUME });
  const anon = await newPerson(browser);
  const anonId = (await uploadThroughIntake(anon.page, link, { text: CLASSIC_ML_RESUME })).split("/").at(-1)!;

  // The dashboard lists all three, newest first.
  await coach.openDashboard();
  expect(await coach.rowLabels()).toEqual([`Candidate ${anonId.slice(0, 6)}`, "@Sam Sample", "Ada Lovelace"]);
  const adaRow = page.locator(`[data-report-row="${adaId}"]`);
  await expect(adaRow).toContainText("Generative-AI skills required");
  await expect(adaRow).toContainText("senior");

  // Search by label.
  await page.getByLabel("Search by client").fill("ada");
  await coach.apply();
  await expect(page).toHaveURL(/q=ada/);
  expect(await coach.rowLabels()).toEqual(["Ada Lovelace"]);

  // Sort by coverage, lowest first: the classic-ML resumes come before Ada's.
  await page.getByRole("link", { name: "Clear" }).click();
  await page.waitForURL(/\/coach$/);
  await expect(page.getByLabel("Search by client")).toHaveValue("");
  await page.getByLabel("Sort by").selectOption("coverage");
  await page.getByLabel("Order").selectOption("asc");
  await coach.apply();
  await expect(page).toHaveURL(/sort=coverage/);
  expect((await coach.rowLabels()).at(-1)).toBe("Ada Lovelace");
  const coverages = await page
    .locator("[data-coverage]")
    .evaluateAll((cells) => cells.map((cell) => Number(cell.getAttribute("data-coverage"))));
  expect(coverages).toEqual([...coverages].sort((a, b) => a - b));

  // Filter by tier, then by level.
  await page.getByLabel("Tier").selectOption({ label: "No AI skills required" });
  await coach.apply();
  expect((await coach.rowLabels()).sort()).toEqual(["@Sam Sample", `Candidate ${anonId.slice(0, 6)}`].sort());
  await page.getByLabel("Tier").selectOption({ label: "Generative-AI skills required" });
  await page.getByLabel("Level").selectOption("senior");
  await coach.apply();
  await expect(page).toHaveURL(/level=senior/);
  expect(await coach.rowLabels()).toEqual(["Ada Lovelace"]);
  await page.getByLabel("Tier").selectOption({ label: "All tiers" });
  await coach.apply();
  await expect(page).not.toHaveURL(/tier=[a-z]/);
  const levels = await page.locator("[data-report-row] td:nth-of-type(4)").allTextContents();
  expect(levels.length).toBeGreaterThan(0);
  expect(new Set(levels)).toEqual(new Set(["senior"]));

  // Export what the filters show, and read it as a spreadsheet would.
  await coach.openDashboard("?tier=no-ai&sort=date&dir=asc");
  const exportHref = await page.getByRole("link", { name: "Export CSV" }).getAttribute("href");
  expect(exportHref).toContain("tier=no-ai");
  const response = await page.request.get(exportHref!);
  expect(response.headers()["content-type"]).toContain("text/csv; charset=utf-8");
  const body = await response.text();
  expect(body.charCodeAt(0)).toBe(0xfeff);
  const rows = parseCsv(body.slice(1));
  expect(rows[0]).toEqual(["Client", "Date", "Tier", "Tier median (USD)", "Coverage", "Level", "Top missing skills", "Version"]);
  expect(rows.slice(1).map((row) => row[0])).toEqual(["'@Sam Sample", `Candidate ${anonId.slice(0, 6)}`]);
  expect(rows[1]?.[2]).toBe("No AI skills required");

  // Open Ada's report: evidence, version history, a private note written, edited and kept.
  await coach.openDashboard("?q=Ada");
  await page.getByRole("link", { name: "Ada Lovelace" }).click();
  await expect(page.getByRole("heading", { name: "Ada Lovelace" })).toBeVisible();
  await expect(page.locator('[data-skill="rag"]')).toContainText("Built a RAG pipeline over Pinecone");
  await expect(page.getByRole("heading", { name: "Version history (1)" })).toBeVisible();
  await page.getByLabel("New note").fill("Strong RAG work; push on evaluation.");
  await page.getByRole("button", { name: "Add note" }).click();
  const note = page.locator("[data-note]").first();
  await expect(note).toContainText("Strong RAG work; push on evaluation.");
  await expect(note).toContainText(/Written .* UTC/);
  await note.getByText("Edit", { exact: true }).click();
  await note.getByLabel("Edit note").fill("Strong RAG work; next: evaluation and MLOps.");
  await note.getByRole("button", { name: "Save note" }).click();
  await expect(note).toContainText("next: evaluation and MLOps.");
  await expect(note).toContainText("edited");
  await page.getByLabel("New note").fill("A second thought to delete.");
  await page.getByRole("button", { name: "Add note" }).click();
  await expect(page.locator("[data-note]")).toHaveCount(2);
  await page.locator("[data-note]").first().getByRole("button", { name: "Delete note" }).click();
  await expect(page.locator("[data-note]")).toHaveCount(1);
  await expect(page.getByText("A second thought to delete.")).toHaveCount(0);
  const coachReportUrl = page.url();

  // The cohort view: charts with tables.
  await page.goto("/coach/cohort");
  await expect(page.getByText("3 clients, each counted once")).toBeVisible();
  await expect(page.locator('svg[data-chart="missing-chart"]')).toBeVisible();
  // Every skill name fits inside its chart: none starts left of the drawing ("nt frameworks (CrewAI, AutoGen)").
  const labelStarts = await page
    .locator('svg[data-chart="missing-chart"] text[text-anchor="end"]')
    .evaluateAll((labels) => labels.map((label) => (label as SVGTextElement).getBBox().x));
  expect(labelStarts.length).toBeGreaterThan(0);
  for (const start of labelStarts) expect(start).toBeGreaterThanOrEqual(0);
  const missingTable = page.getByRole("table", { name: "Clients whose latest report lacks each skill" });
  await expect(missingTable.getByRole("row").nth(1)).toContainText(/\d+\s*\d+(\.\d)?%/);
  await expect(page.getByRole("table", { name: "Clients per salary tier" })).toContainText("No AI skills required");

  // A second coach sees none of it.
  const other = await newPerson(browser);
  const otherCoach = new CoachPage(other.page, "Other coach");
  await otherCoach.signUp();
  expect(await otherCoach.rowLabels()).toEqual([]);
  expect((await other.page.goto(coachReportUrl))?.status()).toBe(404);
  await expect(other.page.getByText("Strong RAG work")).toHaveCount(0);
  const otherCsv = parseCsv((await (await other.page.request.get("/coach/export")).text()).slice(1));
  expect(otherCsv).toHaveLength(1);
  await other.page.goto("/coach/cohort");
  await expect(other.page.getByText("No client has shared a report with you yet")).toBeVisible();

  // The candidate detaches; the coach loses access at once.
  await ada.page.goto(adaUrl);
  await ada.page.getByRole("button", { name: "Detach from coach" }).click();
  await expect(ada.page.getByTestId("coach-status")).toHaveText("Only you can see this report.");
  expect((await page.goto(coachReportUrl))?.status()).toBe(404);
  await coach.openDashboard();
  expect(await coach.rowLabels()).not.toContain("Ada Lovelace");

  for (const person of [ada, sam, anon, other]) await person.context.close();
});
