/**
 * The parser worker: the only place untrusted file bytes meet pdf.js, mammoth and tesseract. It runs in a
 * worker thread with a heap cap (see pool.ts), so a hostile file can at worst kill this thread, never the server.
 *
 * Plain JavaScript on purpose: the worker is started from a file path, and a .mjs file loads the same way under
 * `next start` (whose server code is bundled), tsx and vitest. It returns raw material (positioned text items,
 * raw text, OCR text); ordering, repair and checks happen in the TypeScript modules beside it.
 */
import { createRequire } from "node:module";
import path from "node:path";
import { parentPort } from "node:worker_threads";

const require = createRequire(import.meta.url);

/** pdf.js exception names that mean the file is protected, everything else means unreadable. */
function codeOf(error) {
  const name = error?.name ?? "";
  if (name === "PasswordException") return "encrypted";
  if (error?.code && typeof error.code === "string" && error.code.startsWith("resume:")) return error.code.slice(7);
  return "corrupt";
}

function coded(code) {
  const error = new Error(code);
  error.code = `resume:${code}`;
  return error;
}

async function openPdf(bytes) {
  const { PDFParse } = await import("pdf-parse");
  // pdf.js must not try to evaluate fonts with `eval` or fetch anything: the worker is offline and sandboxed.
  return new PDFParse({ data: bytes, isEvalSupported: false, stopAtErrors: false, useSystemFonts: false });
}

async function readPdf({ bytes, maxPages }) {
  const parser = await openPdf(bytes);
  try {
    const doc = await parser.load();
    if (doc.numPages > maxPages) throw coded("too-many-pages");
    const pages = [];
    for (let number = 1; number <= doc.numPages; number++) {
      const page = await doc.getPage(number);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const items = [];
      for (const item of content.items) {
        if (!("str" in item)) continue;
        const [, , c, d, x, y] = item.transform;
        items.push({
          s: item.str,
          x,
          y,
          w: item.width,
          h: item.height || Math.hypot(c, d),
          eol: Boolean(item.hasEOL),
        });
      }
      pages.push({ width: viewport.width, height: viewport.height, items });
      page.cleanup();
    }
    return { kind: "pdf", pages };
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}

async function readDocx({ bytes }) {
  const { default: mammoth } = await import("mammoth");
  const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  return { kind: "docx", text: result.value };
}

/** Renders the first pages and reads them with tesseract's English model from node_modules: nothing is fetched. */
async function ocrPdf({ id, bytes, maxPages }) {
  const parser = await openPdf(bytes);
  let tesseract;
  try {
    const shots = await parser.getScreenshot({ scale: 2, first: maxPages, imageBuffer: true, imageDataUrl: false });
    const { createWorker } = await import("tesseract.js");
    const langPath = path.join(path.dirname(require.resolve("@tesseract.js-data/eng/package.json")), "4.0.0_best_int");
    tesseract = await createWorker("eng", 1, { langPath, cacheMethod: "none", gzip: true });
    const texts = [];
    for (const [index, shot] of shots.pages.entries()) {
      // Pages take seconds each: the pool passes this on so the person waiting sees which page is being read.
      parentPort.postMessage({ id, progress: { stage: "ocr", page: index + 1, pages: shots.pages.length } });
      const { data } = await tesseract.recognize(Buffer.from(shot.data));
      texts.push(data.text);
    }
    return { kind: "ocr", text: texts.join("\n\n"), pages: shots.pages.length };
  } finally {
    await tesseract?.terminate().catch(() => undefined);
    await parser.destroy().catch(() => undefined);
  }
}

const HANDLERS = { pdf: readPdf, docx: readDocx, ocr: ocrPdf };

parentPort?.on("message", async (job) => {
  try {
    const handler = HANDLERS[job.kind];
    if (!handler) throw coded("unsupported-type");
    parentPort.postMessage({ id: job.id, ok: true, result: await handler(job) });
  } catch (error) {
    parentPort.postMessage({ id: job.id, ok: false, code: codeOf(error) });
  }
});
parentPort?.postMessage({ ready: true });
