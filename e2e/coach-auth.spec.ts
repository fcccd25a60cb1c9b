import { randomUUID } from "node:crypto";
import { COACH_PASSWORD, expect, newPerson, test } from "./coach-fixtures";

test("sign-up refuses a weak password and a taken email with clear sentences", async ({ page, coach, browser }) => {
  await page.goto("/sign-up");
  await page.getByLabel("Display name").fill("Weak Password");
  await page.getByLabel("Email").fill(`weak-${randomUUID().slice(0, 8)}@example.test`);
  await page.getByLabel("Password").fill("password123");
  await page.getByRole("button", { name: "Create coach account" }).click();
  await expect(page.getByRole("status")).toContainText("Choose a stronger password");
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create coach account" }).click();
  await expect(page.getByRole("status").locator("[data-error-code]")).toHaveAttribute(
    "data-error-code",
    /PASSWORD_TOO_SHORT|WEAK_PASSWORD/,
  );

  await coach.signUp();
  const again = await newPerson(browser);
  await again.page.goto("/sign-up");
  await again.page.getByLabel("Display name").fill("Copycat");
  await again.page.getByLabel("Email").fill(coach.email);
  await again.page.getByLabel("Password").fill(COACH_PASSWORD);
  await again.page.getByRole("button", { name: "Create coach account" }).click();
  await expect(again.page.getByRole("status")).toContainText("An account with this email already exists");
  await again.context.close();
});

test("sign out, wrong credentials, sign in, change password; the session survives a reload", async ({ page, coach }) => {
  await coach.signUp();
  await page.reload();
  await expect(page.getByRole("heading", { name: "Your clients" })).toBeVisible();
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL(/\/sign-in/);
  await page.goto("/coach");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fcoach/);

  await page.getByLabel("Email").fill(coach.email);
  await page.getByLabel("Password").fill("not-the-password-at-all");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("status")).toContainText("That email and password do not match an account");

  await page.getByLabel("Password").fill(COACH_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Your clients" })).toBeVisible();

  await page.goto("/coach/account");
  const newPassword = "a-much-better-passphrase-7";
  await page.getByLabel("Current password").fill("wrong-current-password");
  await page.getByLabel("New password").fill(newPassword);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("status").first()).toContainText("Your current password is not right");
  await page.getByLabel("Current password").fill(COACH_PASSWORD);
  await page.getByLabel("New password").fill(newPassword);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Your password is changed")).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL(/\/sign-in/);
  await page.getByLabel("Email").fill(coach.email);
  await page.getByLabel("Password").fill(newPassword);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Your clients" })).toBeVisible();
});
