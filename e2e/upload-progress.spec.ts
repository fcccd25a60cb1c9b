import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { PDFDocument } from "pdf-lib";
import { SHARED_RESUME_FIXTURES } from "../lib/paths";
import { expect, expectNoAxeViolations, test } from "./fixtures";

const SCAN = path.join(SHARED_RESUME_FIXTURES, "scanned-image-only-harvey-dent-derived.pdf");

/** The one-page scanned fixture, its page repeated: a scan OCR reads page by page. */
async function scanOf(pages: number): Promise<Buffer> {
  const source = await PDFDocument.load(readFileSync(SCAN));
  const doc = await PDFDocument.create();
  for (const page of await doc.copyPages(source, Array(pages).fill(0))) doc.addPage(page);
  return Buffer.from(await doc.save());
}

// Declared only where the shared resume fixtures are present (SHARED_RESUME_FIXTURES, lib/paths.ts), as in intake.spec.ts.
if (existsSync(SCAN)) {
  test.describe("progress on a scanned upload", () => {
    // OCR takes seconds per page, more on a busy machine.
    test.setTimeout(180_000);

    test("shows which page OCR is reading, and cancelling keeps the file and saves nothing", async ({ page, upload }) => {
      await upload.open();
      await page.getByLabel("Upload your resume").setInputFiles({ name: "scan.pdf", mimeType: "application/pdf", buffer: await scanOf(3) });
      await page.getByRole("button", { name: "Analyze my resume" }).click();

      const progress = page.locator("[data-upload-progress]");
      await expect(progress).toHaveAttribute("aria-live", "polite");
      await expect(progress).toHaveText(/^Reading page [12] of 3 by OCR$/, { timeout: 90_000 });
      await page.getByRole("button", { name: "Cancel upload" }).click();
      await upload.expectError("cancelled", "Reading was cancelled; nothing was saved.");
      await expect(page.getByRole("button", { name: "Cancel upload" })).toHaveCount(0);
      // The chosen file is still there, ready to send again.
      expect(await page.getByLabel("Upload your resume").evaluate((input: HTMLInputElement) => input.files?.[0]?.name)).toBe("scan.pdf");
      await expectNoAxeViolations(page);

      await page.goto("/reports");
      await expect(page.getByText("No reports in this browser yet.")).toBeVisible();
    });

    test("a one-page scan reports its page while it is read, then opens the report", async ({ page, upload }) => {
      await upload.open();
      await page.getByLabel("Upload your resume").setInputFiles({ name: "scan.pdf", mimeType: "application/pdf", buffer: await scanOf(1) });
      await page.getByRole("button", { name: "Analyze my resume" }).click();
      await expect(page.locator("[data-upload-progress]")).toHaveText(/OCR/, { timeout: 60_000 });
      await upload.expectReport({ timeout: 120_000 });
    });
  });
}
