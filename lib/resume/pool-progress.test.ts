import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { PDFDocument } from "pdf-lib";
import { afterAll, describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { type JobProgress, ParsePool } from "./pool";
import { SHARED_RESUME_FIXTURES } from "../paths";

const SCAN = path.join(SHARED_RESUME_FIXTURES, "scanned-image-only-harvey-dent-derived.pdf");
const present = existsSync(SCAN);
if (!present) console.warn(`skipping the OCR progress test: ${SCAN} is absent`);

/** A three-page scan: the one-page scanned fixture's page, three times. */
async function threePageScan(): Promise<Uint8Array> {
  const source = await PDFDocument.load(readFileSync(SCAN));
  const doc = await PDFDocument.create();
  for (const page of await doc.copyPages(source, [0, 0, 0])) doc.addPage(page);
  return doc.save();
}

describe.skipIf(!present)("OCR progress and cancellation", () => {
  const pool = new ParsePool(1, 256);
  afterAll(() => pool.close());

  it("reports the page being read, and a cancel stops the worker mid-scan and fails with `cancelled`", async () => {
    const seen: JobProgress[] = [];
    const controller = new AbortController();
    const replacedBefore = pool.replaced;
    const job = pool.run({ kind: "ocr", bytes: await threePageScan(), maxPages: 3 }, 120_000, {
      signal: controller.signal,
      onProgress: (progress) => {
        seen.push(progress);
        if (progress.page === 2) controller.abort();
      },
    });
    const error = await job.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("cancelled");
    expect(seen).toEqual([
      { stage: "ocr", page: 1, pages: 3 },
      { stage: "ocr", page: 2, pages: 3 },
    ]);
    // The worker reading page 2 was terminated, and the pool still serves the next job.
    expect(pool.replaced).toBe(replacedBefore + 1);
    const next = await pool.run({ kind: "pdf", bytes: await threePageScan(), maxPages: 3 }, 30_000);
    expect(next.kind === "pdf" && next.pages).toHaveLength(3);
  }, 120_000);

  it("cancels a job still waiting for a worker without starting it", async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      pool.run({ kind: "pdf", bytes: new Uint8Array(8), maxPages: 1 }, 5_000, { signal: controller.signal }),
    ).rejects.toMatchObject({
      code: "cancelled",
    });
  });
});
