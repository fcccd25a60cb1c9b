import { randomUUID } from "node:crypto";
import { APP_ERRORS } from "../lib/errors";
import { expectApiError, servedApiSchemas, storedReportsContaining } from "./api-fixtures";
import { CoachPage, expect, newPerson, test } from "./coach-fixtures";
import { expectNoAxeViolations, GENAI_RESUME, resumePdf } from "./fixtures";

test("a coach makes an API key, saves a client's report with it, and revokes it", async ({ page, coach, request, browser }) => {
  // Two sign-ups, two reports and three axe scans: more than the default minute on a busy machine.
  test.setTimeout(150_000);
  const check = await servedApiSchemas(request);
  await coach.signUp();
  await page.goto("/coach/account");
  const keys = page.getByRole("region", { name: "API keys" });
  await expect(keys.getByText("You have no API keys yet.")).toBeVisible();
  await expectNoAxeViolations(page);

  await keys.getByLabel("Key name").fill("CRM import");
  await keys.getByRole("button", { name: "Create API key" }).click();
  await expect(keys.getByRole("status").getByText("Copy it now: it will not be shown again.")).toBeVisible();
  const key = await keys.getByLabel("Your new API key").inputValue();
  expect(key).toMatch(/^sgk_[A-Za-z0-9_-]{43}$/);
  const listed = keys.getByRole("list", { name: "Your API keys" }).getByRole("listitem");
  await expect(listed).toHaveCount(1);
  await expect(listed.first()).toContainText("CRM import");
  await expect(listed.first()).toContainText("Never used");
  await expectNoAxeViolations(page);

  const label = `API client ${randomUUID().slice(0, 6)}`;
  const marker = `Marlowfen${randomUUID().slice(0, 8)}`;
  const saved = await request.post("/api/v1/reports", {
    headers: { Authorization: `Bearer ${key}` },
    multipart: {
      clientLabel: label,
      file: { name: "client.pdf", mimeType: "application/pdf", buffer: await resumePdf(`${GENAI_RESUME}\n${marker}`) },
    },
  });
  expect(saved.status(), await saved.text()).toBe(201);
  const { id, url } = await check(saved, "SavedReport");
  expect(new URL(url).pathname).toBe(`/coach/reports/${id}`);
  expect(await storedReportsContaining(marker)).toBe(1);

  // JSON works too, and lands in the same workspace.
  const json = await request.post("/api/v1/reports", {
    headers: { Authorization: `Bearer ${key}` },
    data: { clientLabel: `${label} (JSON)`, text: GENAI_RESUME, target: { country: "GB" } },
  });
  expect(json.status()).toBe(201);

  await coach.openDashboard();
  await expect(page.getByRole("link", { name: label, exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: `${label} (JSON)` })).toBeVisible();
  await page.goto(new URL(url).pathname);
  await expect(page.getByRole("heading", { name: label })).toBeVisible();

  // Another coach sees none of it.
  const other = await newPerson(browser);
  const stranger = new CoachPage(other.page, "Other");
  await stranger.signUp();
  await expect(other.page.getByRole("link", { name: label, exact: true })).toHaveCount(0);
  await other.page.goto(new URL(url).pathname);
  await expect(other.page.getByRole("heading", { name: label })).toHaveCount(0);
  await other.context.close();

  // The key is never shown again; the list says it was used.
  await page.goto("/coach/account");
  await expect(keys.getByLabel("Your new API key")).toHaveCount(0);
  expect(await page.content()).not.toContain(key);
  await expect(listed.first()).toContainText("Last used");

  await keys.getByRole("button", { name: "Revoke key CRM import" }).click();
  await expect(listed.first()).toContainText("Revoked");
  await expect(keys.getByRole("button", { name: "Revoke key CRM import" })).toHaveCount(0);
  const refused = await request.post("/api/v1/reports", {
    headers: { Authorization: `Bearer ${key}` },
    data: { clientLabel: label, text: GENAI_RESUME },
  });
  await expectApiError(check, refused, 401, "unauthorized", /API key/);
  expect(refused.headers()["www-authenticate"]).toMatch(/^Bearer/);
  await expectNoAxeViolations(page);
});

test("POST /api/v1/reports without a working key is 401 and saves nothing; a bad body with a good key is 400", async ({
  page,
  coach,
  request,
}) => {
  const check = await servedApiSchemas(request);
  const marker = `Corvanth${randomUUID().slice(0, 8)}`;
  const body = { clientLabel: "Nobody", text: `${GENAI_RESUME}\n${marker}` };
  const attempts: Record<string, string>[] = [
    {},
    { Authorization: `Bearer sgk_${"A".repeat(43)}` },
    { Authorization: "Basic dXNlcjpwYXNz" },
    { Authorization: "Bearer " },
  ];
  for (const headers of attempts) {
    await expectApiError(check, await request.post("/api/v1/reports", { headers, data: body }), 401, "unauthorized");
  }
  expect(await storedReportsContaining(marker)).toBe(0);

  await coach.signUp();
  await page.goto("/coach/account");
  await page.getByLabel("Key name").fill("Script");
  await page.getByRole("button", { name: "Create API key" }).click();
  const key = await page.getByLabel("Your new API key").inputValue();
  const auth = { Authorization: `Bearer ${key}` };
  await expectApiError(
    check,
    await request.post("/api/v1/reports", { headers: auth, data: { text: GENAI_RESUME } }),
    400,
    "invalid-input",
    /clientLabel/,
  );
  await expectApiError(
    check,
    await request.post("/api/v1/reports", { headers: auth, data: { clientLabel: "x".repeat(61), text: GENAI_RESUME } }),
    400,
    "invalid-input",
    /under 60 characters/,
  );
  await expectApiError(
    check,
    await request.post("/api/v1/reports", { headers: auth, data: { clientLabel: "Short", text: "Jane Doe" } }),
    422,
    "too-little-text",
    APP_ERRORS["too-little-text"].message,
  );
});
