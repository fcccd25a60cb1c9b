import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readerOptions } from "../reader-options";
import { closeSharedParsePool } from "./pool";
import { readResume } from "./read";
import { SHARED_RESUME_FIXTURES } from "../paths";

const FIXTURES = SHARED_RESUME_FIXTURES;
const SCAN = path.join(FIXTURES, "scanned-image-only-harvey-dent-derived.pdf");
const TEXT_PDF = path.join(FIXTURES, "resume-matcher-harvey-dent-mle.pdf");
const present = existsSync(SCAN) && existsSync(TEXT_PDF);
if (!present) console.warn(`skipping the OCR test: ${SCAN} is absent`);

// The suite's only OCR run: tesseract on one rendered page takes a few seconds.
describe.skipIf(!present)("scanned resumes", () => {
  afterAll(() => closeSharedParsePool());

  it("reads an image-only PDF by OCR and finds what its text-layer original yields", async () => {
    const read = (file: string) =>
      readResume({ kind: "file", bytes: new Uint8Array(readFileSync(file)) }, readerOptions({ ocr: { timeoutMs: 60_000 } }));
    const [scan, original] = await Promise.all([read(SCAN), read(TEXT_PDF)]);
    expect(scan.readability).toMatchObject({ source: "pdf", method: "ocr", pages: 1 });
    expect(original.readability.method).toBe("text-layer");
    expect(scan.text).toContain("Designed and implemented deep learning models");
    // Contact details recognised in the image are removed like any others.
    expect(scan.readability.contactDetailsRemoved.emails).toBeGreaterThan(0);
  }, 90_000);
});
