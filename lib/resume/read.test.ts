import { PDFDocument, PDFName, PDFString, StandardFonts } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { readerOptions } from "../reader-options";
import { readResume } from "./read";

const RESUME = `Jordan Doe
jordan.doe@example.com | +1 (415) 555-0100 | linkedin.com/in/jordandoe
Experience
Machine Learning Engineer, Acme, 2020 - Present
Built recommendation models in PyTorch and served them behind a REST API.
Improved ranking quality by 12% through feature engineering and offline evaluation.`;

async function pdfOf(text: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage();
  for (const [i, line] of text.split("\n").entries()) page.drawText(line, { x: 40, y: 780 - i * 14, size: 10, font });
  return pdf.save();
}

/** A PDF whose first lines are linked to `links` (link annotations, as "Save as PDF" writes them). */
async function linkedPdfOf(text: string, links: string[]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage();
  for (const [i, line] of text.split("\n").entries()) page.drawText(line, { x: 40, y: 780 - i * 14, size: 10, font });
  const annotations = links.map((uri, i) =>
    pdf.context.register(
      pdf.context.obj({
        Type: "Annot",
        Subtype: "Link",
        Rect: [40, 778 - i * 14, 200, 790 - i * 14],
        Border: [0, 0, 0],
        A: { Type: "Action", S: "URI", URI: PDFString.of(uri) },
      }),
    ),
  );
  page.node.set(PDFName.of("Annots"), pdf.context.obj(annotations));
  return pdf.save();
}

describe("readResume", () => {
  it("reads a PDF's text layer and removes contact details", async () => {
    const resume = await readResume({ kind: "file", bytes: await pdfOf(RESUME) }, readerOptions());
    expect(resume.text).toContain("Built recommendation models in PyTorch");
    expect(resume.text).not.toContain("jordan.doe@example.com");
    expect(resume.text).not.toContain("555-0100");
    expect(resume.text).not.toContain("linkedin.com");
    expect(resume.readability).toMatchObject({ source: "pdf", method: "text-layer", pages: 1 });
    expect(resume.readability.contactDetailsRemoved).toMatchObject({ emails: 1, phones: 1, urls: 1 });
  });

  it("decides the format by bytes, not by name", async () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    await expect(readResume({ kind: "file", bytes: png }, readerOptions())).rejects.toMatchObject({ code: "unsupported-type" });
    const text = new TextEncoder().encode(RESUME);
    await expect(readResume({ kind: "file", bytes: text }, readerOptions())).resolves.toMatchObject({ readability: { source: "text" } });
  });

  it("gives coded errors for empty, damaged, image-only and too-short input", async () => {
    await expect(readResume({ kind: "file", bytes: new Uint8Array() }, readerOptions())).rejects.toMatchObject({ code: "empty-file" });
    const broken = (await pdfOf(RESUME)).slice(0, 300);
    await expect(readResume({ kind: "file", bytes: broken }, readerOptions())).rejects.toMatchObject({ code: "corrupt" });
    await expect(readResume({ kind: "file", bytes: await pdfOf(" ") }, readerOptions({ ocr: false }))).rejects.toMatchObject({
      code: "no-text-layer",
    });
    await expect(readResume({ kind: "text", text: "Python" }, readerOptions())).rejects.toMatchObject({ code: "too-little-text" });
  });

  it("removes contact details that only a PDF's link annotations spell out", async () => {
    const text = `GitHub janedoe42 | Email | Phone\n${RESUME.split("\n").slice(2).join("\n")}`;
    const bytes = await linkedPdfOf(text, ["https://github.com/janedoe42", "mailto:jane@example.com", "tel:+14155550100"]);
    const resume = await readResume({ kind: "file", bytes }, readerOptions());
    expect(resume.text).toContain("Built recommendation models in PyTorch");
    expect(resume.text).not.toContain("janedoe42");
    expect(resume.readability.contactDetailsRemoved.urls).toBeGreaterThan(0);
  });

  it("reads pasted text in the parser pool, so the web process only waits", async () => {
    const options = readerOptions();
    const before = options.pool.replaced;
    // A 1 ms budget: the read is cut off in its worker (the pipeline runs there, not here) and the worker replaced.
    const long = `${RESUME}\n`.repeat(150);
    await expect(readResume({ kind: "text", text: long }, { ...options, parseTimeoutMs: 1 })).rejects.toMatchObject({ code: "timeout" });
    expect(options.pool.replaced).toBe(before + 1);
  });
});
