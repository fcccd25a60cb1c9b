import { CLASSIC_ML_RESUME, GENAI_RESUME, JOB_POSTING, expect, expectNoAxeViolations, test } from "./fixtures";
import { SharePanel } from "./share-panel";

test("a shared report shows progress and the posting section, without the owner's links or forms; axe clean", async ({
  page,
  upload,
  browser,
}) => {
  await upload.open();
  await upload.pasteText(CLASSIC_ML_RESUME);
  await upload.expectReport();
  await upload.uploadVersion(GENAI_RESUME);
  await page.getByLabel("Paste a job posting").fill(JOB_POSTING);
  await page.getByRole("button", { name: "Compare with this posting" }).click();
  await expect(page.getByRole("region", { name: "Against the job posting you pasted" })).toBeVisible();
  const shareUrl = await new SharePanel(page).create("share");

  const stranger = await browser.newContext();
  const reader = await stranger.newPage();
  await reader.goto(shareUrl);
  await expect(reader.getByTestId("progress-tier")).toContainText("→");
  await expect(reader.getByRole("region", { name: "Against the job posting you pasted" })).toBeVisible();
  await expect(reader.getByRole("img", { name: "Skills by share of postings" })).toBeVisible();
  // The previous version is the owner's: no link to it, and none of the owner's tools.
  await expect(reader.getByRole("link", { name: "Open the previous version" })).toHaveCount(0);
  await expect(reader.getByRole("link", { name: "Download as JSON" })).toHaveCount(0);
  await expect(reader.getByLabel("Paste a job posting")).toHaveCount(0);
  await expectNoAxeViolations(reader);
  await stranger.close();
});
