import { describe, expect, it } from "vitest";

describe("pdf-parse.mjs", () => {
  it("leaves the thread's Array.prototype.push native after pdf.js and its worker half are loaded", async () => {
    const push = Array.prototype.push;
    const { PDFParse } = await import("./pdf-parse.mjs");
    expect(Array.prototype.push).toBe(push);
    expect(Object.keys(Array.prototype)).not.toContain("push");
    // A document opened afterwards does not load pdf.worker.mjs (and its polyfills) again.
    const { PDFDocument, StandardFonts } = await import("pdf-lib");
    const doc = await PDFDocument.create();
    doc.addPage().drawText("Machine learning engineer", { font: await doc.embedFont(StandardFonts.Helvetica) });
    const parser = new PDFParse({ data: await doc.save(), isEvalSupported: false, useSystemFonts: false });
    try {
      expect((await parser.getText()).text).toContain("Machine learning engineer");
    } finally {
      await parser.destroy();
    }
    expect(Array.prototype.push).toBe(push);
  });
});
