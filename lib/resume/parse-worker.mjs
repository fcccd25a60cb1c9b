/**
 * The parser worker: the only place untrusted file bytes meet pdf.js, mammoth and tesseract. It runs in a
 * worker thread with a heap cap (see pool.ts), so a hostile file can at worst kill this thread, never the server.
 *
 * Plain JavaScript on purpose: the worker is started from a file path, and a .mjs file loads the same way under
 * `next start` (whose server code is bundled), tsx and vitest. The raw jobs (pdf, docx, ocr) return raw material
 * (positioned text items, link targets, raw text, OCR text); the read jobs run the whole text pipeline
 * (pipeline.ts, bundled by esbuild on the first such job) on that material here, in this thread, so ordering,
 * repair and contact removal are under the same heap cap and timeout as parsing.
 */
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parentPort } from "node:worker_threads";

const require = createRequire(import.meta.url);

/** pdf.js exception names that mean the file is protected, everything else means unreadable. */
function codeOf(error) {
  const name = error?.name ?? "";
  if (name === "PasswordException") return "encrypted";
  if (name === "AppError" && typeof error.code === "string") return error.code;
  if (error?.code && typeof error.code === "string" && error.code.startsWith("resume:")) return error.code.slice(7);
  return "corrupt";
}

function coded(code) {
  const error = new Error(code);
  error.code = `resume:${code}`;
  return error;
}

let pdfParse;

/** pdf.js's AnnotationType.LINK. */
const LINK_ANNOTATION = 2;

async function openPdf(bytes) {
  // Imported once: under tsx every import() call, even of a loaded module, is resolved again by its loader thread.
  // Through pdf-parse.mjs, which keeps the thread's Array.prototype.push native (pdf.js's polyfill replaces it).
  const { PDFParse } = await (pdfParse ??= import("./pdf-parse.mjs"));
  // pdf.js must not try to evaluate fonts with `eval` or fetch anything: the worker is offline and sandboxed.
  return new PDFParse({ data: bytes, isEvalSupported: false, stopAtErrors: false, useSystemFonts: false });
}

async function readPdf({ bytes, maxPages }) {
  const parser = await openPdf(bytes);
  try {
    const doc = await parser.load();
    if (doc.numPages > maxPages) throw coded("too-many-pages");
    const pages = [];
    const links = [];
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
    // A link's target may be the only place a contact detail is written (an icon or "LinkedIn" linked to it).
    // Asked by type, not with page.getAnnotations(): that one also extracts the text under every link, a second
    // pass over the page's content that costs half as much again as reading the text (and the text is read above).
    const annotations = await doc.getAnnotationsByType(new Set([LINK_ANNOTATION]), null).catch(() => null);
    for (const annotation of annotations ?? []) {
      const target = annotation?.unsafeUrl ?? annotation?.url;
      if (typeof target === "string" && links.length < 500) links.push(target.slice(0, 2_000));
    }
    return { kind: "pdf", pages, links };
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}

/**
 * A resume is a few hundred paragraphs; mammoth spends about a millisecond on each, so a document of tens of
 * thousands of (empty) paragraphs would run into the timeout. It is refused after a cheap count instead.
 */
const MAX_DOCX_PARAGRAPHS = 5_000;

async function readDocx({ bytes }) {
  const { default: JSZip } = await import("jszip");
  const xml = await (await JSZip.loadAsync(bytes)).file("word/document.xml")?.async("string");
  if (xml === undefined) throw coded("unsupported-type");
  let paragraphs = 0;
  for (let at = xml.indexOf("<w:p"); at !== -1; at = xml.indexOf("<w:p", at + 4)) {
    const next = xml.charCodeAt(at + 4);
    // "<w:p>" or "<w:p " opens a paragraph; "<w:pPr>", "<w:pStyle>" do not.
    if ((next === 62 || next === 32) && ++paragraphs > MAX_DOCX_PARAGRAPHS) throw coded("too-much-text");
  }
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

let pipeline;

/**
 * The TypeScript text pipeline, bundled by esbuild into one module on first use (a worker that only parses never
 * loads it) and imported from memory. Its packages stay imports, resolved from this file to absolute URLs as a
 * module held in memory needs. tsx did this job before, and its loader thread (an isolate of its own, with tsx and
 * esbuild's runtime) held some 35 MB per worker for the worker's whole life, for code compiled once.
 * Source maps stay off for the thread even when the process has them on (NODE_OPTIONS=--enable-source-maps): the
 * first stack trace anything builds (pdf.js makes some while reading) would parse the source maps of every loaded
 * module, some 70 MB of heap kept for the thread's life, for stack traces this thread never shows.
 * A failed bundle is not kept: it is logged, the job answers "internal" (not the file's fault), and the next job
 * tries again.
 */
function loadPipeline() {
  process.setSourceMapsEnabled(false);
  pipeline ??= bundlePipeline()
    .then((code) => import(`data:text/javascript;base64,${Buffer.from(code).toString("base64")}`))
    .catch((error) => {
      pipeline = undefined;
      console.error("The parse worker could not load the text pipeline:", error);
      throw coded("internal");
    });
  return pipeline;
}

async function bundlePipeline() {
  const esbuild = await import("esbuild");
  try {
    const result = await esbuild.build({
      entryPoints: [fileURLToPath(new URL("./pipeline.ts", import.meta.url))],
      bundle: true,
      write: false,
      format: "esm",
      platform: "node",
      target: `node${process.versions.node}`,
      logLevel: "silent",
      plugins: [
        {
          name: "packages-by-url",
          setup(build) {
            build.onResolve({ filter: /^[^./]/ }, ({ path: specifier }) => ({
              path: specifier.startsWith("node:") ? specifier : import.meta.resolve(specifier),
              external: true,
            }));
          },
        },
      ],
    });
    return result.outputFiles[0].text;
  } finally {
    // esbuild's service process is needed only for this one build.
    await esbuild.stop();
  }
}

const RAW = { pdf: readPdf, docx: readDocx, ocr: ocrPdf };

async function read(job) {
  const { readInWorker } = await loadPipeline();
  // Loading the pipeline is this thread's start-up, not the job's work: the pool restarts the job's clock now.
  parentPort.postMessage({ id: job.id, loaded: true });
  // OCR inside a whole read reports its pages under the read's own job id, which the pool is waiting on.
  return readInWorker(job, { ...RAW, ocr: (raw) => ocrPdf({ ...raw, id: job.id }) });
}

const HANDLERS = { ...RAW, read, "read-ocr": read };

parentPort?.on("message", async (job) => {
  // A warm-up loads the text pipeline (and its dictionary) before the first upload needs it; it has no reply.
  if (job.kind === "warm") return void loadPipeline().catch(() => undefined);
  try {
    const handler = HANDLERS[job.kind];
    if (!handler) throw coded("unsupported-type");
    parentPort.postMessage({ id: job.id, ok: true, result: await handler(job) });
  } catch (error) {
    parentPort.postMessage({ id: job.id, ok: false, code: codeOf(error) });
  }
});
parentPort?.postMessage({ ready: true });
