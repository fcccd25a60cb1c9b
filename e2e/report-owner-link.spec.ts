import { GENAI_RESUME, JOB_POSTING, expect, test } from "./fixtures";
import { SharePanel } from "./share-panel";

test("on a device opened by a private owner link, export and posting work; new versions stay with the first browser", async ({
  page,
  upload,
  browser,
}) => {
  await upload.open();
  await upload.pasteText(GENAI_RESUME);
  await upload.expectReport();
  const reportUrl = page.url();
  const ownerUrl = await new SharePanel(page).create("owner");

  const laptop = await browser.newContext();
  const other = await laptop.newPage();
  await other.goto(ownerUrl);
  await other.getByRole("button", { name: "Open my report on this device" }).click();
  await expect(other).toHaveURL(reportUrl);

  expect((await other.request.get(`${reportUrl}/export`)).status()).toBe(200);
  await other.getByLabel("Paste a job posting").fill(JOB_POSTING);
  await other.getByRole("button", { name: "Compare with this posting" }).click();
  await expect(other.getByRole("region", { name: "Against the job posting you pasted" })).toBeVisible();
  await expect(other.getByText("You opened this report through a private link")).toBeVisible();
  await expect(other.getByLabel("Or paste your resume text")).toHaveCount(0);
  await laptop.close();

  // The owner's own browser sees the comparison made on the other device, and can upload the next version.
  await page.reload();
  await expect(page.getByRole("region", { name: "Against the job posting you pasted" })).toBeVisible();
  await expect(page.getByLabel("Or paste your resume text")).toBeVisible();
});
