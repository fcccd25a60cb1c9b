import JSZip from "jszip";
import { expect, test } from "./coach-fixtures";
import { CLASSIC_ML_RESUME, CONTACT_RESUME, expectNoAxeViolations, GENAI_RESUME, resumePdf } from "./fixtures";

const text = (value: string) => Buffer.from(value, "utf8");

test.describe("bulk import for coaches", () => {
  test("a coach imports several files: each gets a row, a duplicate and a broken file are reported, the rest are saved", async ({
    coach,
    page,
  }) => {
    await coach.signUp();
    await page.getByRole("link", { name: "Import resumes" }).click();
    await expect(page.getByRole("heading", { name: "Import resumes" })).toBeVisible();
    await expect(page.getByText("No imports yet.")).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByLabel("Resume files, or one .zip of them").setInputFiles([
      { name: "jordan.doe@example.com_Jordan_Doe.pdf", mimeType: "application/pdf", buffer: await resumePdf(CONTACT_RESUME) },
      { name: "Sam-Sample-CV.txt", mimeType: "text/plain", buffer: text(CLASSIC_ML_RESUME) },
      { name: "Sam copy.txt", mimeType: "text/plain", buffer: text(`${CLASSIC_ML_RESUME}\n\n`) },
      { name: "broken.pdf", mimeType: "application/pdf", buffer: text("%PDF-1.7\nthis is not a real pdf") },
      { name: "photo.png", mimeType: "image/png", buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47]) },
    ]);
    await page.getByRole("button", { name: "Import files" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Import finished" })).toHaveText(
      "Import finished: 2 saved, 1 duplicate, 2 failed.",
      { timeout: 45_000 },
    );

    const row = (label: string) =>
      page.locator("[data-import-row]").filter({ has: page.getByRole("rowheader", { name: label, exact: true }) });
    // The label comes from the file name, without the email in it.
    await expect(row("Jordan Doe")).toHaveAttribute("data-status", "saved");
    // The two files with the same text are read side by side: whichever is read first is saved, the other is the duplicate.
    const samStatuses = [await row("Sam Sample CV").getAttribute("data-status"), await row("Sam copy").getAttribute("data-status")];
    expect([...samStatuses].sort()).toEqual(["duplicate", "saved"]);
    const [duplicateLabel, savedLabel] = samStatuses[0] === "duplicate" ? ["Sam Sample CV", "Sam copy"] : ["Sam copy", "Sam Sample CV"];
    await expect(row(duplicateLabel)).toContainText("already in your workspace");
    await expect(row("broken")).toContainText("looks damaged");
    await expect(row("broken")).toContainText("(corrupt)");
    await expect(row("photo")).toContainText("(unsupported-type)");
    await expect(page.locator("table").getByText("jordan.doe@example.com")).toHaveCount(0);
    await expectNoAxeViolations(page);

    // A duplicate links to the report it repeats; the saved report opens in the coach's workspace.
    await row(duplicateLabel)
      .getByRole("link", { name: `Existing report that ${duplicateLabel} repeats`, exact: true })
      .click();
    await expect(page.getByRole("heading", { name: savedLabel })).toBeVisible();

    await page.goto("/coach/import");
    const history = page.locator("[data-import-history]");
    await expect(history).toHaveCount(1);
    await expect(history.getByRole("cell")).toHaveText(["5", "2", "1", "2"]);
    await history.getByRole("link").click();
    await expect(page.getByRole("heading", { name: /^Import of / })).toBeVisible();
    await expect(page.getByRole("status")).toHaveText("Finished: 2 saved, 1 duplicate, 2 failed.");
    await expectNoAxeViolations(page);

    await coach.openDashboard();
    expect((await coach.rowLabels()).sort()).toEqual(["Jordan Doe", savedLabel].sort());
  });

  test("a coach imports one zip: it is unpacked on the server, and a resume already imported is a duplicate", async ({ coach, page }) => {
    await coach.signUp();
    await page.goto("/coach/import");
    await page
      .getByLabel("Resume files, or one .zip of them")
      .setInputFiles({ name: "first.txt", mimeType: "text/plain", buffer: text(GENAI_RESUME) });
    await page.getByRole("button", { name: "Import files" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Import finished" })).toContainText("1 saved");

    const zip = new JSZip();
    zip.file("clients/Alex Example.pdf", await resumePdf(GENAI_RESUME));
    zip.file("clients/Sam_Sample.txt", CLASSIC_ML_RESUME);
    zip.file("clients/notes.md", "not a resume");
    zip.file("__MACOSX/clients/._Sam_Sample.txt", "metadata");
    const buffer = Buffer.from(await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
    await page.getByLabel("Resume files, or one .zip of them").setInputFiles({ name: "clients.zip", mimeType: "application/zip", buffer });
    await page.getByRole("button", { name: "Import files" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Import finished" })).toHaveText(
      "Import finished: 1 saved, 1 duplicate, 1 failed.",
      { timeout: 45_000 },
    );
    await expect(page.locator("[data-import-row]")).toHaveCount(3);
    await expect(page.locator('[data-import-row][data-status="duplicate"]')).toContainText("Alex Example");
    await expect(page.locator('[data-import-row][data-status="saved"]')).toContainText("Sam Sample");

    await page.goto("/coach/import");
    await expect(page.locator("[data-import-history]").first()).toContainText("zip");
    await expect(page.locator("[data-import-history]").first().getByRole("cell")).toHaveText(["3", "1", "1", "1"]);
  });

  test("files dropped on the form are imported the same way", async ({ coach, page }) => {
    await coach.signUp();
    await page.goto("/coach/import");
    await page.evaluate((resume) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([resume], "Dropped Client.txt", { type: "text/plain" }));
      document
        .querySelector("form[aria-label='Import resumes']")!
        .dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true }));
    }, GENAI_RESUME);
    await page.getByRole("button", { name: "Import files" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Import finished" })).toHaveText(
      "Import finished: 1 saved, 0 duplicates, 0 failed.",
    );
    await expect(page.getByRole("rowheader", { name: "Dropped Client" })).toBeVisible();
  });

  test("another coach cannot open an import that is not theirs", async ({ coach, page, browser }) => {
    await coach.signUp();
    await page.goto("/coach/import");
    await page
      .getByLabel("Resume files, or one .zip of them")
      .setInputFiles({ name: "mine.txt", mimeType: "text/plain", buffer: text(GENAI_RESUME) });
    await page.getByRole("button", { name: "Import files" }).click();
    await page.getByRole("link", { name: "This import in your history" }).click();
    await page.waitForURL(/\/coach\/import\/[A-Za-z0-9_-]{22}$/);
    const url = page.url();

    const other = await browser.newContext();
    const otherPage = await other.newPage();
    const { CoachPage } = await import("./coach-fixtures");
    const stranger = new CoachPage(otherPage, "Other");
    await stranger.signUp();
    await otherPage.goto(url);
    await expect(otherPage.getByRole("heading", { name: "Page not found" })).toBeVisible();
    await expect(otherPage.getByRole("heading", { name: /^Import of / })).toHaveCount(0);
    const status = await otherPage.request.get(`${url}/status`);
    expect(status.status()).toBe(404);
    await other.close();
  });
});
