import type { Browser, Page } from "@playwright/test";
import { COACH_PASSWORD } from "./coach-fixtures";
import { GENAI_RESUME, UploadPage, expect, test } from "./fixtures";
import { E2E_ENGINE, extraDatabaseUrl, resetDatabase, serverForTests } from "./servers";
import { SharePanel } from "./share-panel";

/**
 * Two `next start` processes on one PostgreSQL database, as behind a load balancer: whatever one instance writes,
 * the other honours. Each person comes from an address of their own (the load balancer's X-Forwarded-For), so the
 * upload limit counts per person across both instances.
 */
// Declared on the PostgreSQL run only: two instances need a database both reach (the test command runs both engines).
if (E2E_ENGINE === "postgresql") {
  test.describe.configure({ mode: "serial" });

  const database = extraDatabaseUrl("instances");
  // TRUST_PROXY: the instances sit behind one proxy hop (here, the test itself), whose X-Forwarded-For names the person.
  const limits = { UPLOAD_RATE_MAX: "2", UPLOAD_RATE_WINDOW_SECONDS: "600", TRUST_PROXY: "1" };
  test.beforeAll(() => resetDatabase(database));
  const A = serverForTests({ offset: 1, database, env: limits });
  const B = serverForTests({ offset: 2, database, env: limits });

  let people = 0;
  /** A person in a browser of their own, reaching the instances from their own address. */
  async function person(browser: Browser): Promise<Page> {
    const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": `203.0.113.${++people}` } });
    return context.newPage();
  }

  async function uploadOn(page: Page, origin: string): Promise<string> {
    await page.goto(origin);
    const upload = new UploadPage(page);
    await upload.pasteText(GENAI_RESUME);
    await upload.expectReport();
    return new URL(page.url()).pathname;
  }

  test("a report uploaded on A opens for its owner on B and is not found for a stranger on B", async ({ browser }) => {
    const owner = await person(browser);
    const report = await uploadOn(owner, A);
    await owner.goto(B + report);
    await expect(owner.getByRole("heading", { name: "Your SkillGap report" })).toBeVisible();
    const stranger = await person(browser);
    await stranger.goto(B + report);
    await expect(stranger.getByRole("heading", { name: "Page not found" })).toBeVisible();
  });

  test("a coach signed up on A is signed in on B", async ({ browser }) => {
    const coach = await person(browser);
    await coach.goto(`${A}/sign-up`);
    await coach.getByLabel("Display name").fill("Two Instance Coach");
    await coach.getByLabel("Email").fill(`coach-${Date.now()}@example.test`);
    await coach.getByLabel("Password").fill(COACH_PASSWORD);
    await coach.getByRole("button", { name: "Create coach account" }).click();
    await expect(coach.getByRole("heading", { name: "Your clients" })).toBeVisible();
    await coach.goto(`${B}/coach`);
    await expect(coach.getByRole("heading", { name: "Your clients" })).toBeVisible();
    await expect(coach).toHaveURL(`${B}/coach`);
  });

  test("a share link made on A and revoked on B is dead on A", async ({ browser }) => {
    const owner = await person(browser);
    const report = await uploadOn(owner, A);
    const link = new URL(await new SharePanel(owner).create("share")).pathname;
    const reader = await person(browser);
    await reader.goto(A + link);
    await expect(reader.getByRole("heading", { name: "A SkillGap report" })).toBeVisible();
    await owner.goto(B + report);
    await new SharePanel(owner).revoke("share");
    await reader.goto(A + link);
    await expect(reader.getByRole("heading", { name: "Page not found" })).toBeVisible();
  });

  test("the upload limit counts uploads on both instances", async ({ browser }) => {
    const candidate = await person(browser);
    await uploadOn(candidate, A);
    await uploadOn(candidate, B);
    for (const origin of [A, B]) {
      await candidate.goto(origin);
      const upload = new UploadPage(candidate);
      await upload.pasteText(GENAI_RESUME);
      await upload.expectError("rate-limited", /Try again in 10 minutes; nothing was saved/);
    }
  });
}
