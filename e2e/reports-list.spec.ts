import { CLASSIC_ML_RESUME, GENAI_RESUME, expect, expectNoAxeViolations, test } from "./fixtures";
import { SharePanel } from "./share-panel";

test("a candidate finds every report this browser owns, versions folded, and deletes one from the list", async ({
  page,
  upload,
  browser,
}) => {
  await page.goto("/reports");
  await expect(page.getByText("No reports in this browser yet.")).toBeVisible();

  // Two chains: a classic-ML resume replaced by a second version, then a separate generative-AI report.
  await upload.open();
  await upload.pasteText(CLASSIC_ML_RESUME);
  await upload.expectReport();
  const versionUrl = await upload.uploadVersion(GENAI_RESUME);
  await upload.open();
  await upload.pasteText(CLASSIC_ML_RESUME.replace("Sam Sample", "Sam Second"));
  await upload.expectReport();
  const newestUrl = page.url();

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Your reports" }).click();
  await expect(page).toHaveURL(/\/reports$/);
  const rows = page.getByTestId("report-row");
  await expect(rows).toHaveCount(2);
  // Newest first; the two-version chain is one row, shown by its newest version.
  await expect(rows.nth(0).getByRole("link")).toHaveAttribute("href", new URL(newestUrl).pathname);
  await expect(rows.nth(1).getByRole("link")).toHaveAttribute("href", new URL(versionUrl).pathname);
  await expect(rows.nth(1)).toContainText("Generative-AI skills required");
  await expect(rows.nth(1).getByRole("cell").nth(3)).toHaveText("2");
  await expect(rows.nth(0).getByRole("cell").nth(1)).not.toBeEmpty();
  await expect(rows.nth(0)).toContainText("%");
  await expectNoAxeViolations(page);

  // Another browser's list is its own: empty.
  const stranger = await browser.newContext();
  const strangerPage = await stranger.newPage();
  await strangerPage.goto("/reports");
  await expect(strangerPage.getByText("No reports in this browser yet.")).toBeVisible();

  // A device that opened an owner link sees only that report.
  await page.goto(versionUrl);
  const ownerUrl = await new SharePanel(page).create("owner");
  await strangerPage.goto(ownerUrl);
  await strangerPage.getByRole("button", { name: "Open my report on this device" }).click();
  await expect(strangerPage).toHaveURL(versionUrl);
  await strangerPage.goto("/reports");
  await expect(strangerPage.getByTestId("report-row")).toHaveCount(1);
  await expect(strangerPage.getByTestId("report-row").getByRole("link")).toHaveAttribute("href", new URL(versionUrl).pathname);
  await stranger.close();

  // Delete the newest report from the list: confirmed, gone, and the list says so.
  await page.goto("/reports");
  const newestRow = page.getByTestId("report-row").nth(0);
  await newestRow.getByText("Delete…").click();
  await newestRow.getByRole("checkbox").check();
  await newestRow.getByRole("button", { name: "Delete this report" }).click();
  await expect(page).toHaveURL(/\/reports\?deleted=1$/);
  await expect(page.getByRole("status").filter({ hasText: "Your report was deleted" })).toBeVisible();
  await expect(page.getByTestId("report-row")).toHaveCount(1);
  expect((await page.goto(newestUrl))?.status()).toBe(404);
});
