/**
 * The floor for `npm run bench:upload`: pdf.js's own `getText` (through pdf-parse, as the parse worker opens it)
 * on one file, over and over, in a worker thread. Each message is a round: `{ bytes, count }` → `{ ms, samples }`.
 */
import { parentPort } from "node:worker_threads";
// As the parse worker opens it: with the thread's native Array.prototype.push kept (see lib/resume/pdf-parse.mjs).
import { PDFParse } from "../../lib/resume/pdf-parse.mjs";

async function once(bytes) {
  const parser = new PDFParse({ data: bytes.slice(), isEvalSupported: false, stopAtErrors: false, useSystemFonts: false });
  try {
    return (await parser.getText()).text.length;
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}

parentPort.on("message", async ({ files, count }) => {
  const samples = [];
  const start = performance.now();
  let chars = 0;
  for (let index = 0; index < count; index++) {
    const began = performance.now();
    for (const bytes of files) chars += await once(bytes);
    samples.push(performance.now() - began);
  }
  parentPort.postMessage({ ms: performance.now() - start, samples, chars });
});
