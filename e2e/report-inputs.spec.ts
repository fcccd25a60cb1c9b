import { CLASSIC_ML_RESUME, GENAI_RESUME, JOB_POSTING, expect, test } from "./fixtures";

test("a new version can only replace the uploader's own report", async ({ page, upload, browser }) => {
  await upload.open();
  await upload.pasteText(CLASSIC_ML_RESUME);
  await upload.expectReport();
  const victimId = page.url().split("/").pop()!;

  const stranger = await browser.newContext();
  const strangerPage = await stranger.newPage();
  await strangerPage.goto("/");
  // A forged form: the stranger names someone else's report as the version theirs replaces.
  await strangerPage
    .locator("form")
    .first()
    .evaluate((form, id) => {
      const input = document.createElement("input");
      Object.assign(input, { type: "hidden", name: "previousId", value: id });
      form.appendChild(input);
    }, victimId);
  await strangerPage.getByLabel("Or paste your resume text").fill(GENAI_RESUME);
  await strangerPage.getByRole("button", { name: "Analyze my resume" }).click();
  await expect(strangerPage.getByRole("status")).toContainText("could not find the report this version replaces");
  await expect(strangerPage).toHaveURL(/\/$/);
  await stranger.close();

  await page.reload();
  await expect(page.getByTestId("newer-version")).toHaveCount(0);
});

test("a job posting pasted with the upload adds the posting section to the first report", async ({ page, upload }) => {
  await upload.open();
  await page.getByText("Compare with a job posting (optional)").click();
  await page.getByLabel("Job posting text").fill(JOB_POSTING);
  await upload.pasteText(CLASSIC_ML_RESUME);
  await upload.expectReport();
  const posting = page.getByRole("region", { name: "Against the job posting you pasted" });
  await expect(posting.locator('[data-posting-skill="rag"]')).toContainText("lacks it");
  await expect(posting.locator('[data-posting-skill="machine-learning"]')).toContainText("shows it");
});
