/**
 * pdf-parse, loaded so that the thread keeps V8's own `Array.prototype.push`. pdf.js's legacy build (which
 * pdf-parse uses) carries core-js polyfills, and core-js replaces `push` with a JavaScript loop wherever pushing
 * nothing onto an array with a read-only length fails to throw, as in Node 20's V8. Every push in the thread then
 * runs that loop: a sixth of a parse worker's time, and 20 % of pdf.js's `getText` on the benchmark file
 * (scripts/bench-upload.ts). Nothing here or in pdf.js pushes onto a frozen-length array, so the native one is put
 * back once pdf.js has installed its polyfills. Both halves install them: pdf.mjs on import, and pdf.worker.mjs,
 * which the same-thread ("fake") worker pdf.js uses in Node would load on the first document; it is loaded here
 * first (it registers itself on globalThis.pdfjsWorker, where pdf.js looks before importing it).
 *
 * The parse worker (parse-worker.mjs) and the benchmark's pdf.js floor (scripts/bench/pdf-floor-worker.mjs) both
 * open PDFs through this module, so the floor is pdf.js at the same speed the workers get.
 */
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";

const nativePush = Object.getOwnPropertyDescriptor(Array.prototype, "push");
const { PDFParse } = await import("pdf-parse");
const pdfParseRequire = createRequire(createRequire(import.meta.url).resolve("pdf-parse"));
await import(pathToFileURL(pdfParseRequire.resolve("pdfjs-dist/legacy/build/pdf.worker.mjs")).href);
Object.defineProperty(Array.prototype, "push", nativePush);

export { PDFParse };
