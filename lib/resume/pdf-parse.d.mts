/** pdf-parse.mjs re-exports pdf-parse's parser, loaded with the thread's native Array.prototype.push kept. */
export { PDFParse } from "pdf-parse";
