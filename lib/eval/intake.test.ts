import JSZip from "jszip";
import { afterAll, describe, expect, it } from "vitest";
import { readerOptions } from "../reader-options";
import { closeSharedParsePool } from "../resume/pool";
import { readResume } from "../resume/read";
import { readZipDirectory } from "../resume/zip";
import { blankPdf, docxOf, encryptedPdf, textPdf, zipBombDocx } from "./testing/make-files";

const RESUME = `Experience
Machine Learning Engineer, Acme, 2020 - Present
Built retrieval-augmented generation over a vector database with LangChain and the OpenAI API.
Trained PyTorch models and tracked them in MLflow.
Skills
Python, PyTorch, LangChain, Hugging Face`;

const file = (bytes: Uint8Array) => readResume({ kind: "file", bytes }, readerOptions({ ocr: false }));

describe("readResume: every coded failure", () => {
  afterAll(() => closeSharedParsePool());

  it("reads a DOCX through the worker pool", async () => {
    const resume = await file(await docxOf(RESUME));
    expect(resume.text).toContain("Trained PyTorch models");
    expect(resume.readability).toMatchObject({ source: "docx", method: "direct" });
  });

  it("refuses a DOCX zip bomb before unpacking it", async () => {
    const bomb = await zipBombDocx(RESUME, 60);
    expect(bomb.length).toBeLessThan(200_000);
    expect(readZipDirectory(bomb).unpackedBytes).toBeGreaterThan(60 * 1024 * 1024);
    const started = Date.now();
    await expect(file(bomb)).rejects.toMatchObject({ code: "too-large" });
    expect(Date.now() - started).toBeLessThan(500);
    // Below the absolute cap, a part that unpacks to hundreds of times the file's size is refused all the same.
    await expect(file(await zipBombDocx(RESUME, 20))).rejects.toMatchObject({ code: "too-large" });
  });

  it.each([
    ["empty-file", async () => new Uint8Array()],
    ["too-large", async () => new Uint8Array(5 * 1024 * 1024 + 1).fill(0x41)],
    ["unsupported-type", async () => Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1, 2, 3])],
    ["unsupported-type", async () => new JSZip().file("notes.txt", RESUME).generateAsync({ type: "uint8array" })],
    ["unsupported-type", async () => new TextEncoder().encode(`{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}}\n${RESUME}}`)],
    ["unsupported-type", async () => new TextEncoder().encode(`<!DOCTYPE html><html><body><p>${RESUME}</p></body></html>`)],
    ["encrypted", async () => encryptedPdf()],
    ["corrupt", async () => (await textPdf(RESUME)).slice(0, 400)],
    ["corrupt", async () => (await docxOf(RESUME)).map((byte, i) => (i > 60 && i < 400 ? byte ^ 0x5a : byte))],
    ["no-text-layer", async () => blankPdf(2)],
    ["too-many-pages", async () => textPdf(RESUME, 21)],
    ["too-little-text", async () => new TextEncoder().encode("Jane Doe\nPython")],
  ] as const)("%s", async (code, make) => {
    await expect(file(await make())).rejects.toMatchObject({ code });
  });

  it("gives timeout when parsing runs past its limit (a 1 ms budget here)", async () => {
    const { ParsePool } = await import("../resume/pool");
    const pool = new ParsePool(1, 64);
    await expect(pool.run({ kind: "pdf", bytes: await textPdf(RESUME, 3), maxPages: 20 }, 1)).rejects.toMatchObject({ code: "timeout" });
    await pool.close();
  });
});
