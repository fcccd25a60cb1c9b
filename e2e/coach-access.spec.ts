import type { BrowserContext, Page } from "@playwright/test";
import { CLASSIC_ML_RESUME } from "./fixtures";
import { CoachPage, expect, newPerson, parseCsv, test, uploadThroughIntake } from "./coach-fixtures";

/** Coach A with one client report, a note on it, and that report's page open. */
async function coachWithClient(page: Page, browser: import("@playwright/test").Browser, label: string) {
  const coach = new CoachPage(page, "Coach A");
  await coach.signUp();
  const link = await coach.intakeLink();
  const candidate = await newPerson(browser);
  const reportUrl = await uploadThroughIntake(candidate.page, link, { label, text: CLASSIC_ML_RESUME });
  const id = reportUrl.split("/").at(-1)!;
  await page.goto(`/coach/reports/${id}`);
  await page.getByLabel("New note").fill(`First note on ${label}`);
  await page.getByRole("button", { name: "Add note" }).click();
  await expect(page.locator("[data-note]")).toHaveCount(1);
  return { coach, link, candidate, reportUrl, id, coachReportUrl: `/coach/reports/${id}` };
}

async function exportedLabels(page: Page): Promise<string[]> {
  const response = await page.request.get("/coach/export");
  if (response.status() !== 200) return [];
  return parseCsv((await response.text()).slice(1))
    .slice(1)
    .map((row) => row[0] ?? "");
}

/** Every note action on an open report page, each expected to answer not-found and change nothing. */
async function expectNoteActionsRefused(page: Page) {
  await page.getByLabel("New note").fill("Should not be saved");
  await page.getByRole("button", { name: "Add note" }).click();
  await expect(page.getByRole("status").filter({ hasText: "This is not here, or not open to you" }).first()).toBeVisible();
  const note = page.locator("[data-note]").first();
  await note.getByText("Edit", { exact: true }).click();
  await note.getByLabel("Edit note").fill("Should not be edited");
  await note.getByRole("button", { name: "Save note" }).click();
  await expect(note.getByRole("status")).toContainText("This is not here, or not open to you");
  await note.getByRole("button", { name: "Delete note" }).click();
  await expect(note.getByRole("status")).toContainText("This is not here, or not open to you");
}

async function swapSession(context: BrowserContext, from: BrowserContext | null) {
  await context.clearCookies();
  if (from) await context.addCookies(await from.cookies());
}

test("signed out: coach pages send to sign-in, client data is not-found, every action is refused", async ({ page, browser, context }) => {
  const { candidate, id, coachReportUrl } = await coachWithClient(page, browser, "Signed-out check");
  const stranger = await newPerson(browser);
  for (const path of ["/coach", "/coach/cohort", "/coach/account"]) {
    await stranger.page.goto(path);
    await expect(stranger.page).toHaveURL(/\/sign-in\?next=/);
  }
  expect((await stranger.page.goto(coachReportUrl))?.status()).toBe(404);
  expect((await stranger.page.request.get("/coach/export")).status()).toBe(404);

  // The coach's open page loses its session: every action on it answers not-found and nothing changes.
  await swapSession(context, null);
  await expectNoteActionsRefused(page);
  await swapSession(context, stranger.context);
  await page.goto("/");
  await expect(page.getByText(`Candidate ${id.slice(0, 6)}`)).toHaveCount(0);
  await Promise.all([candidate.context.close(), stranger.context.close()]);
});

test("coach B on coach A's report: not-found for every route, and A's page with B's session changes nothing", async ({
  page,
  browser,
  context,
}) => {
  const { candidate, coachReportUrl } = await coachWithClient(page, browser, "Private client");
  const b = await newPerson(browser);
  const coachB = new CoachPage(b.page, "Coach B");
  await coachB.signUp();
  expect((await b.page.goto(coachReportUrl))?.status()).toBe(404);
  await b.page.goto("/coach?q=Private");
  expect(await coachB.rowLabels()).toEqual([]);
  expect(await exportedLabels(b.page)).toEqual([]);
  await b.page.goto("/coach/cohort");
  await expect(b.page.getByText("No client has shared a report with you yet")).toBeVisible();

  // A's report page, driven with B's session cookie.
  const aCookies = await context.cookies();
  await swapSession(context, b.context);
  await expectNoteActionsRefused(page);
  await context.clearCookies();
  await context.addCookies(aCookies);
  await page.goto(coachReportUrl);
  await expect(page.locator("[data-note]")).toHaveCount(1);
  await expect(page.locator("[data-note]")).toContainText("First note on Private client");
  await Promise.all([candidate.context.close(), b.context.close()]);
});

test("detached report: gone from the coach's report page, list, export, cohort and note actions at once", async ({ page, browser }) => {
  const { candidate, reportUrl, coachReportUrl, coach } = await coachWithClient(page, browser, "Leaving client");
  await candidate.page.goto(reportUrl);
  await candidate.page.getByRole("button", { name: "Detach from coach" }).click();
  await expect(candidate.page.getByTestId("coach-status")).toHaveText("Only you can see this report.");

  // The page the coach already had open: its actions now answer not-found.
  await expectNoteActionsRefused(page);
  expect((await page.goto(coachReportUrl))?.status()).toBe(404);
  await coach.openDashboard();
  expect(await coach.rowLabels()).toEqual([]);
  expect(await exportedLabels(page)).toEqual([]);
  await page.goto("/coach/cohort");
  await expect(page.getByText("No client has shared a report with you yet")).toBeVisible();

  // Re-attaching by code brings it back, under the name the candidate gives now.
  await candidate.page.getByText("Show it to a coach").click();
  await candidate.page.getByLabel("Coach's intake link or code").fill(
    await (async () => {
      await coach.openDashboard();
      return coach.intakeLink();
    })(),
  );
  await candidate.page.getByLabel(/Your name or a nickname/).fill("Back again");
  await candidate.page.getByLabel(/I agree that the coach with this code/).check();
  await candidate.page.getByRole("button", { name: "Attach to coach" }).click();
  await expect(candidate.page.getByTestId("coach-status")).toContainText(`Visible to your coach ${coach.name}`);
  await coach.openDashboard();
  expect(await coach.rowLabels()).toEqual(["Back again"]);
  await candidate.context.close();
});

test("rotated intake code: the old link is not-found, an open intake form and attach-by-code are refused", async ({ page, browser }) => {
  const coach = new CoachPage(page, "Rotating coach");
  await coach.signUp();
  const oldLink = await coach.intakeLink();

  const candidate = await newPerson(browser);
  await candidate.page.goto(oldLink);
  await expect(candidate.page.getByText(`visible to my coach, ${coach.name}`)).toBeVisible();
  // A second candidate with a report of their own, to try attaching by the old code.
  const other = await newPerson(browser);
  await other.page.goto("/");
  await other.page.getByLabel("Or paste your resume text").fill(CLASSIC_ML_RESUME);
  await other.page.getByRole("button", { name: "Analyze my resume" }).click();
  await expect(other.page).toHaveURL(/\/reports\//);

  await page.getByRole("button", { name: "Replace link" }).click();
  await expect(page.getByText("The old link no longer works")).toBeVisible();
  const newLink = await coach.intakeLink();
  expect(newLink).not.toBe(oldLink);

  const late = await newPerson(browser);
  expect((await late.page.goto(oldLink))?.status()).toBe(404);
  await expect(late.page.getByRole("heading", { name: "This intake link no longer works" })).toBeVisible();
  await candidate.page.getByLabel("Or paste your resume text").fill(CLASSIC_ML_RESUME);
  await candidate.page.getByLabel(/I agree that this report will be visible/).check();
  await candidate.page.getByRole("button", { name: "Analyze my resume" }).click();
  // The refused action either answers in the form or, when the page re-renders, the page itself says it.
  await expect(candidate.page.getByText("This intake link no longer works").first()).toBeVisible();
  await expect(candidate.page).not.toHaveURL(/\/reports\//);

  await other.page.getByText("Show it to a coach").click();
  await other.page.getByLabel("Coach's intake link or code").fill(oldLink);
  await other.page.getByLabel(/I agree that the coach with this code/).check();
  await other.page.getByRole("button", { name: "Attach to coach" }).click();
  await expect(other.page.getByRole("status").first()).toContainText("No coach has this intake code now");

  await coach.openDashboard();
  expect(await coach.rowLabels()).toEqual([]);
  // The new link works.
  await uploadThroughIntake(candidate.page, newLink, { label: "Via new link", text: CLASSIC_ML_RESUME });
  await coach.openDashboard();
  expect(await coach.rowLabels()).toEqual(["Via new link"]);
  await Promise.all([candidate.context.close(), other.context.close(), late.context.close()]);
});
