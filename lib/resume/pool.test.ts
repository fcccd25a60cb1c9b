import JSZip from "jszip";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { afterAll, describe, expect, it } from "vitest";
import { ParsePool } from "./pool";

async function pdf(lines: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage();
  for (let i = 0; i < lines; i++) page.drawText(`Line ${i} of a resume about PyTorch`, { x: 40, y: 780 - (i % 50) * 14, size: 10, font });
  return doc.save();
}

/** A Word document whose body is `paragraphs` paragraphs long, each sentence said `repeat` times. */
async function docx(paragraphs: number, repeat = 1): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    "_rels/.rels",
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  const body = Array.from(
    { length: paragraphs },
    (_, i) => `<w:p><w:r><w:t>${`Paragraph ${i} about retrieval-augmented generation. `.repeat(repeat)}</w:t></w:r></w:p>`,
  ).join("");
  zip.file(
    "word/document.xml",
    `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

describe("ParsePool", () => {
  const pools: ParsePool[] = [];
  const make = (size: number, heapMb: number) => {
    const pool = new ParsePool(size, heapMb);
    pools.push(pool);
    return pool;
  };
  afterAll(async () => {
    await Promise.all(pools.map((pool) => pool.close()));
  });

  it("parses PDFs and DOCX files in worker threads, several at once on a small pool", async () => {
    const pool = make(2, 128);
    const [a, b, c] = await Promise.all([
      pool.run({ kind: "pdf", bytes: await pdf(10), maxPages: 5 }, 15_000),
      pool.run({ kind: "docx", bytes: await docx(5), maxPages: 5 }, 15_000),
      pool.run({ kind: "pdf", bytes: await pdf(3), maxPages: 5 }, 15_000),
    ]);
    expect(a.kind === "pdf" && a.pages[0]!.items.some((item) => item.s.includes("PyTorch"))).toBe(true);
    expect(b.kind === "docx" && b.text).toContain("Paragraph 4 about retrieval-augmented generation");
    expect(c.kind).toBe("pdf");
  });

  it("gives a timed-out job the timeout code, replaces its worker and keeps serving", async () => {
    const pool = make(1, 128);
    await expect(pool.run({ kind: "pdf", bytes: await pdf(50), maxPages: 5 }, 1)).rejects.toMatchObject({ code: "timeout" });
    expect(pool.replaced).toBe(1);
    await expect(pool.run({ kind: "pdf", bytes: await pdf(5), maxPages: 5 }, 15_000)).resolves.toMatchObject({ kind: "pdf" });
  });

  it("survives a worker that runs out of memory: the job gets a coded error and the next job is served", async () => {
    const pool = make(1, 16);
    // Megabytes of text in paragraphs (under the worker's paragraph count): the shape Node stops at the cap.
    const huge = await docx(4_000, 40);
    const started = Date.now();
    await expect(pool.run({ kind: "docx", bytes: huge, maxPages: 5 }, 60_000)).rejects.toMatchObject({ code: "corrupt" });
    expect(Date.now() - started).toBeLessThan(60_000);
    expect(pool.replaced).toBe(1);
    await expect(pool.run({ kind: "docx", bytes: await docx(3), maxPages: 5 }, 15_000)).resolves.toMatchObject({ kind: "docx" });
  });

  it("fails a job that waits in the queue past its time limit, without touching the busy worker", async () => {
    const pool = make(1, 128);
    const busy = pool.run({ kind: "pdf", bytes: await pdf(50), maxPages: 5 }, 15_000);
    await expect(pool.run({ kind: "pdf", bytes: await pdf(5), maxPages: 5 }, 1)).rejects.toMatchObject({ code: "timeout" });
    await expect(busy).resolves.toMatchObject({ kind: "pdf" });
    expect(pool.replaced).toBe(0);
  });

  it("maps a password-protected or broken PDF to its code without losing the worker", async () => {
    const pool = make(1, 128);
    await expect(pool.run({ kind: "pdf", bytes: (await pdf(5)).slice(0, 200), maxPages: 5 }, 15_000)).rejects.toMatchObject({
      code: "corrupt",
    });
    await expect(pool.run({ kind: "pdf", bytes: await pdf(5), maxPages: 0 }, 15_000)).rejects.toMatchObject({ code: "too-many-pages" });
    expect(pool.replaced).toBe(0);
  });
});
