import { createReadStream } from "node:fs";
import { opendir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { AppError, type ErrorCode } from "./errors";
import type { PostingRecord, SnapshotBuilder } from "./market/build";
import { type CsvRecord, CsvReader } from "./market/csv";
import { htmlToText } from "./market/html";
import { columnsOf, hasEnoughText, postingFromFields, postingFromObject, titleFromText } from "./market/rows";
import { readerOptions } from "./reader-options";
import { readResume } from "./resume/read";
import { type ZipFile, zipFiles } from "./resume/zip";

/**
 * Postings out of the files people collect them in: one file per posting (.txt, .md, .pdf, .docx, .html), or an
 * export with one posting per row (.csv, .jsonl/.ndjson). Everything streams: a file is read row by row, a folder
 * file by file. A file or row that cannot be read yields its coded error (lib/errors.ts) and reading goes on.
 * This sits outside lib/market because it reads files and uses the resume reader (which reads lib/env.ts).
 */

export type PostingFailure = { error: ErrorCode; message: string; where: string };
export type PostingResult = { posting: PostingRecord; where: string } | PostingFailure;

/**
 * The one build loop of market:build, bench:market and the Markets page: each posting into the builder, each
 * unreadable one counted and handed to `unreadable`, then `progress` with the count read so far (it decides how
 * often to say anything, and is awaited only when it returns a promise).
 */
export async function countPostings(
  results: AsyncIterable<PostingResult>,
  builder: SnapshotBuilder,
  hooks: { unreadable?: (failure: PostingFailure) => void; progress?: (read: number) => void | Promise<void> } = {},
): Promise<number> {
  let read = 0;
  for await (const result of results) {
    read++;
    if ("error" in result) {
      builder.unreadable++;
      hooks.unreadable?.(result);
    } else builder.add(result.posting);
    const waiting = hooks.progress?.(read);
    if (waiting) await waiting;
  }
  return read;
}

const ONE_POSTING = new Set([".txt", ".md", ".text", ".pdf", ".docx", ".html", ".htm"]);
const ROWS = new Set([".csv", ".jsonl", ".ndjson"]);

/** Whether market building reads files with this name. */
export function isPostingFile(name: string): boolean {
  const ext = path.extname(name).toLowerCase();
  return ONE_POSTING.has(ext) || ROWS.has(ext);
}

const TOO_LITTLE = "This posting has too little text to count: give each posting its whole description.";

function failure(error: unknown, where: string): PostingResult {
  if (error instanceof AppError)
    return { error: error.code, message: error.code === "too-little-text" ? TOO_LITTLE : error.message, where };
  return { error: "corrupt", message: error instanceof Error ? error.message : String(error), where };
}

/** Postings from files and folders (folders are walked, in name order, skipping hidden entries). */
export async function* postingsFromPaths(paths: readonly string[]): AsyncGenerator<PostingResult> {
  for (const target of paths) {
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(target);
    } catch {
      yield { error: "not-found", message: "No such file or folder.", where: target };
      continue;
    }
    if (info.isDirectory()) yield* postingsFromFolder(target);
    else yield* postingsFromFile(target);
  }
}

async function* postingsFromFolder(folder: string): AsyncGenerator<PostingResult> {
  const names: string[] = [];
  for await (const entry of await opendir(folder)) if (!entry.name.startsWith(".")) names.push(entry.name);
  for (const name of names.sort()) {
    const full = path.join(folder, name);
    const info = await stat(full);
    if (info.isDirectory()) yield* postingsFromFolder(full);
    else if (isPostingFile(name)) yield* postingsFromFile(full);
    else yield { error: "unsupported-type", message: "Not a posting file (.txt, .pdf, .docx, .html, .csv, .jsonl): skipped.", where: full };
  }
}

/** Postings from one file. An export is handed its reader's own generator: one async step less per posting. */
export function postingsFromFile(file: string): AsyncGenerator<PostingResult> {
  const ext = path.extname(file).toLowerCase();
  // Bytes, not text: the readers find the delimiters in the bytes and decode each field or line once.
  if (ext === ".csv") return postingsFromCsv(createReadStream(file, { highWaterMark: 1 << 16 }), file);
  if (ext === ".jsonl" || ext === ".ndjson") return postingsFromJsonLines(createReadStream(file, { highWaterMark: 1 << 16 }), file);
  return postingFromOneFile(file, ext);
}

async function* postingFromOneFile(file: string, ext: string): AsyncGenerator<PostingResult> {
  if (ONE_POSTING.has(ext)) {
    try {
      yield { posting: await postingFromBytes(await readFile(file), ext), where: file };
    } catch (error) {
      yield failure(error, file);
    }
  } else yield { error: "unsupported-type", message: "Not a posting file (.txt, .pdf, .docx, .html, .csv, .jsonl).", where: file };
}

/** One posting from one file's bytes; `ext` says how to read it (HTML is stripped to text, the rest sniffed). */
export async function postingFromBytes(bytes: Uint8Array, ext: string): Promise<PostingRecord> {
  let text: string;
  if (ext === ".html" || ext === ".htm") {
    if (bytes.length === 0) throw new AppError("empty-file");
    text = htmlToText(new TextDecoder("utf-8").decode(bytes));
  } else text = (await readResume({ kind: "file", bytes }, readerOptions({ ocr: false }))).text;
  if (!hasEnoughText(text)) throw new AppError("too-little-text");
  return { text, title: titleFromText(text) };
}

/** Postings from CSV text arriving in chunks; the first record is the header. */
export async function* postingsFromCsv(chunks: AsyncIterable<Uint8Array | string>, where: string): AsyncGenerator<PostingResult> {
  const reader = new CsvReader();
  let columns: ReturnType<typeof columnsOf> | undefined;
  let row = 0;
  // A chunk's records become an array of results, yielded one by one: a generator (or an array) delegated to with
  // yield* would cost each posting more asynchronous steps.
  const results = (records: CsvRecord[]): PostingResult[] => {
    const out: PostingResult[] = [];
    for (const record of records) {
      if ("error" in record) {
        row++;
        out.push({ error: record.error, message: `${record.reason}.`, where: `${where} line ${record.line}` });
        continue;
      }
      if (columns === undefined) {
        columns = columnsOf(record.fields);
        if (columns === null) out.push(failure(new AppError("no-text-column"), where));
        continue;
      }
      if (columns === null) break;
      row++;
      const posting = postingFromFields(record.fields, columns);
      if (!hasEnoughText(posting.text)) out.push(failure(new AppError("too-little-text"), `${where} row ${row} (line ${record.line})`));
      else {
        posting.title ??= titleFromText(posting.text);
        out.push({ posting, where: `${where} row ${row}` });
      }
    }
    return out;
  };
  for await (const chunk of chunks) {
    for (const result of results(reader.push(chunk))) yield result;
    if (columns === null) return;
  }
  for (const result of results(reader.end())) yield result;
}

const LF = 10;
const CR = 13;

/**
 * Splits UTF-8 bytes arriving in chunks into lines (LF, CRLF or a lone CR ends one), each decoded once from its own
 * bytes: the line breaks are found in the bytes (indexOf), rather than by readline, which decodes whole chunks,
 * searches them with a regular expression and hands out slices of them.
 */
export class LineReader {
  /** The bytes of a line begun in an earlier chunk (a CR kept at its end pairs with an LF starting the next). */
  private rest: Buffer | null = null;

  /** The lines this chunk completes. */
  push(chunk: Uint8Array | string): string[] {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    const buffer = this.rest ? Buffer.concat([this.rest, bytes]) : bytes;
    const lines: string[] = [];
    let from = 0;
    // The next CR is looked up once and again only once passed: most exports have none, and a search for it from
    // every line would read the rest of the chunk each time.
    let cr = buffer.indexOf(CR);
    for (let lf = buffer.indexOf(LF, from); lf >= 0; lf = buffer.indexOf(LF, from)) {
      cr = crLines(buffer, from, lf > from && buffer[lf - 1] === CR ? lf - 1 : lf, cr, lines);
      if (cr >= 0 && cr < lf) cr = buffer.indexOf(CR, lf + 1);
      from = lf + 1;
    }
    this.rest = from < buffer.length ? buffer.subarray(from) : null;
    return lines;
  }

  /** The last line, if the input did not end with a line break. */
  end(): string[] {
    const lines: string[] = [];
    if (this.rest) crLines(this.rest, 0, this.rest.length, this.rest.indexOf(CR), lines);
    this.rest = null;
    return lines;
  }
}

/**
 * buffer[from, to) as lines: one, unless a lone CR (an old Mac line break) splits it. `cr` is the first CR at or
 * after `from` (-1 for none); returns the first CR at or after `to`.
 */
function crLines(buffer: Buffer, from: number, to: number, cr: number, lines: string[]): number {
  for (; cr >= 0 && cr < to; cr = buffer.indexOf(CR, from)) {
    lines.push(buffer.toString("utf8", from, cr));
    from = cr + 1;
  }
  lines.push(buffer.toString("utf8", from, to));
  return cr;
}

/** Postings from JSON Lines: one object per line, with a text (or description) field. */
export async function* postingsFromJsonLines(chunks: AsyncIterable<Uint8Array | string>, where: string): AsyncGenerator<PostingResult> {
  const reader = new LineReader();
  let line = 0;
  // As in postingsFromCsv: an array per chunk, not a generator delegated to.
  const results = (lines: string[]): PostingResult[] => {
    const out: PostingResult[] = [];
    for (const raw of lines) {
      line++;
      if (!raw.trim()) continue;
      let object: unknown;
      try {
        object = JSON.parse(raw);
      } catch {
        out.push({ error: "bad-row", message: "This line is not valid JSON.", where: `${where} line ${line}` });
        continue;
      }
      const posting =
        object && typeof object === "object" && !Array.isArray(object) ? postingFromObject(object as Record<string, unknown>) : null;
      if (!posting)
        out.push(failure(new AppError("no-text-column", "This line has no text (or description) field."), `${where} line ${line}`));
      else if (!hasEnoughText(posting.text)) out.push(failure(new AppError("too-little-text"), `${where} line ${line}`));
      else {
        posting.title ??= titleFromText(posting.text);
        out.push({ posting, where: `${where} line ${line}` });
      }
    }
    return out;
  };
  for await (const chunk of chunks) for (const result of results(reader.push(chunk))) yield result;
  for (const result of results(reader.end())) yield result;
}

/** Bytes in chunks, so an uploaded export is parsed as it would be streamed from disk. */
function* chunksOf(bytes: Uint8Array, size = 1 << 16): Generator<Uint8Array> {
  for (let start = 0; start < bytes.length; start += size) yield bytes.subarray(start, start + size);
}

async function* asAsync<T>(items: Iterable<T>): AsyncGenerator<T> {
  yield* items;
}

/** A .zip of postings may hold a whole collection: more files than a resume archive, each one small. */
export const ZIP_LIMITS = { maxEntries: 50_000, maxEntryBytes: 20 * 1024 * 1024, maxTotalBytes: 500 * 1024 * 1024 };

/** Why the zip reader (lib/resume/zip.ts) refused, in words for postings rather than for a resume. */
const ZIP_REASONS: Partial<Record<ErrorCode, string>> = {
  "too-large": "it would unpack to too much",
  encrypted: "it is encrypted",
  "unsupported-type": "unsupported compression",
  corrupt: "damaged, or not a zip archive",
};

/** Any refusal of the zip reader is "corrupt" for a postings upload, as it always was, with the reason in its sentence. */
function zipFailure(error: unknown, what: string): unknown {
  if (!(error instanceof AppError)) return error;
  return new AppError("corrupt", `${what} (${ZIP_REASONS[error.code] ?? error.message}).`);
}

/** Postings from an uploaded file: a .zip of posting files (and exports), a .csv or a .jsonl export, or one posting. */
export async function* postingsFromUpload(name: string, bytes: Uint8Array): AsyncGenerator<PostingResult> {
  const ext = path.extname(name).toLowerCase();
  if (ext === ".zip") {
    let entries: Generator<ZipFile>;
    try {
      entries = zipFiles(bytes, ZIP_LIMITS);
      for (const entry of entries) {
        const base = path.basename(entry.name);
        if (base.startsWith(".") || entry.name.startsWith("__MACOSX/")) continue;
        if (!isPostingFile(base)) {
          yield {
            error: "unsupported-type",
            message: "Not a posting file (.txt, .pdf, .docx, .html, .csv, .jsonl): skipped.",
            where: entry.name,
          };
          continue;
        }
        let data: Uint8Array;
        try {
          data = entry.read();
        } catch (error) {
          yield failure(zipFailure(error, "This entry could not be unpacked"), entry.name);
          continue;
        }
        yield* postingsFromUpload(entry.name, data);
      }
    } catch (error) {
      yield failure(zipFailure(error, "This zip could not be read"), name);
    }
    return;
  }
  if (ext === ".csv") yield* postingsFromCsv(asAsync(chunksOf(bytes)), name);
  else if (ext === ".jsonl" || ext === ".ndjson") yield* postingsFromJsonLines(asAsync(chunksOf(bytes)), name);
  else if (ONE_POSTING.has(ext)) {
    try {
      yield { posting: await postingFromBytes(bytes, ext), where: name };
    } catch (error) {
      yield failure(error, name);
    }
  } else yield { error: "unsupported-type", message: "Upload a .zip of postings, or a .csv or .jsonl export.", where: name };
}
