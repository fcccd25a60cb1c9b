import { randomUUID } from "node:crypto";
import { COACH_PASSWORD, CoachPage, expect, test } from "./coach-fixtures";

// The test server's APP_URL is http://127.0.0.1:<port> (playwright.config.ts); localhost is the same server at
// another origin, which better-auth refuses.
const appUrl = (baseURL: string | undefined) => new URL(baseURL ?? "");
const otherOrigin = (baseURL: string | undefined) => `http://localhost:${appUrl(baseURL).port}`;

test("sign-up at an address other than APP_URL names the address to use, before and after submitting", async ({ page, baseURL }) => {
  await page.goto(`${otherOrigin(baseURL)}/sign-up`);
  const expected = `${appUrl(baseURL).origin}/sign-up`;
  await expect(page.locator('[role="alert"][data-error-code="wrong-origin"]')).toContainText(`Open ${expected} instead`);

  await page.getByLabel("Display name").fill("Wrong Origin");
  await page.getByLabel("Email").fill(`origin-${randomUUID().slice(0, 8)}@example.test`);
  await page.getByLabel("Password").fill(COACH_PASSWORD);
  await page.getByRole("button", { name: "Create coach account" }).click();
  const error = page.getByRole("status").locator('[data-error-code="wrong-origin"]');
  await expect(error).toContainText(`Open ${expected} instead`);
  await expect(page.getByText("Something went wrong")).toHaveCount(0);
});

test("sign-in at another address says where to sign in; at APP_URL there is no such notice", async ({ page, browser, baseURL }) => {
  const coach = new CoachPage(page, "Origin");
  await coach.signUp();
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL(/\/sign-in/);
  await expect(page.locator('[data-error-code="wrong-origin"]')).toHaveCount(0);

  const elsewhere = await browser.newPage();
  await elsewhere.goto(`${otherOrigin(baseURL)}/sign-in`);
  await elsewhere.getByLabel("Email").fill(coach.email);
  await elsewhere.getByLabel("Password").fill(COACH_PASSWORD);
  await elsewhere.getByRole("button", { name: "Sign in" }).click();
  await expect(elsewhere.getByRole("status").locator('[data-error-code="wrong-origin"]')).toContainText(
    `Open ${appUrl(baseURL).origin}/sign-in instead`,
  );
  await elsewhere.close();
});

test("after sign-in, a next that the browser would resolve off-site lands on the dashboard instead", async ({ page, browser }) => {
  const coach = new CoachPage(page, "Redirect");
  await coach.signUp();
  const other = await browser.newPage();
  // One sign-in only: sign-in is rate-limited per address, and every test signs in from 127.0.0.1. The other
  // forms are in app/_components/safe-next.test.ts.
  await other.goto(`/sign-in?next=${encodeURIComponent("/\t/evil.example")}`);
  await other.getByLabel("Email").fill(coach.email);
  await other.getByLabel("Password").fill(COACH_PASSWORD);
  await other.getByRole("button", { name: "Sign in" }).click();
  await expect(other.getByRole("heading", { name: "Your clients" })).toBeVisible();
  expect(new URL(other.url()).origin).toBe(new URL(page.url()).origin);
  expect(new URL(other.url()).pathname).toBe("/coach");
  await other.close();
});
