import { createWriteStream } from "node:fs";
import { type FileHandle, mkdtemp, open, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { after } from "next/server";
import { currentCoach } from "@/app/_server/coach";
import { clientLabelFromFileName, zipEntryVerdict } from "@/lib/coach/import-files";
import { createImport, failImportItem } from "@/lib/db/imports";
import { takeRateLimit } from "@/lib/db/rate-limits";
import { env } from "@/lib/env";
import { AppError, errorBody } from "@/lib/errors";
import {
  checkArchiveSize,
  inflateZipEntry,
  locateZipDirectory,
  readZipEntries,
  ZIP_TAIL_BYTES,
  type ZipEntry,
  zipEntryDataOffset,
} from "@/lib/resume/zip";
import { importOneFile } from "../process";

/**
 * A zip of resumes, sent as the raw request body. A route rather than a server action: the body is streamed to a
 * temporary file instead of being held in memory, which a server action's parsed form cannot do, and the files
 * are then unpacked one at a time after the answer is sent, so closing the tab stops nothing.
 */
export async function POST(request: Request): Promise<Response> {
  const origin = request.headers.get("origin");
  if (!origin || URL.parse(origin)?.host !== request.headers.get("host")) return fail(new AppError("wrong-origin"));
  const coach = await currentCoach();
  if (!coach) return fail(new AppError("not-found"));
  if (!request.body) return fail(new AppError("empty-file"));

  const folder = await mkdtemp(path.join(tmpdir(), "skillgap-import-"));
  const file = path.join(folder, "upload.zip");
  const cleanup = () => rm(folder, { recursive: true, force: true });
  try {
    const size = await saveBody(request.body, file, env.IMPORT_ZIP_MAX_BYTES);
    if (size === 0) throw new AppError("empty-file");
    const entries = await readEntries(file, size);
    const files = entries.filter((entry) => zipEntryVerdict(entry.name) !== "skip");
    if (files.length === 0)
      throw new AppError("empty-file", "This zip holds no files. Put the resumes (PDF, DOCX or text) in it and try again.");
    if (files.length > env.IMPORT_MAX_FILES) {
      throw new AppError(
        "too-large",
        `This zip holds more than ${env.IMPORT_MAX_FILES} files. Split it into smaller zips and import each.`,
      );
    }
    const readable = files.filter((entry) => zipEntryVerdict(entry.name) === "read");
    checkArchiveSize(
      size,
      readable.reduce((sum, entry) => sum + entry.unpackedBytes, 0),
      env.IMPORT_MAX_FILES * env.MAX_UPLOAD_BYTES,
    );
    const items = files.map((entry, position) => ({ label: clientLabelFromFileName(entry.name, position), errorCode: refusal(entry) }));
    const { batchId, itemIds } = await createImport({ coachId: coach.id, source: "zip", items });
    const queue = files.flatMap((entry, index) =>
      items[index]!.errorCode ? [] : [{ entry, itemId: itemIds[index]!, label: items[index]!.label }],
    );
    after(() => unpackAndImport(coach.id, file, queue).finally(cleanup));
    return Response.json({ batchId }, { status: 201 });
  } catch (error) {
    await cleanup();
    if (error instanceof AppError) return fail(error);
    console.error("zip import failed", error);
    return fail(new AppError("internal"));
  }
}

function fail(error: AppError): Response {
  return Response.json(errorBody(error), { status: error.status });
}

/** Why an entry is refused before it is unpacked, if it is. */
function refusal(entry: ZipEntry): string | undefined {
  if (zipEntryVerdict(entry.name) !== "read") return "unsupported-type";
  if (entry.flags & 1) return "encrypted";
  if (entry.unpackedBytes > env.MAX_UPLOAD_BYTES) return "too-large";
  if (entry.unpackedBytes === 0) return "empty-file";
  return undefined;
}

async function saveBody(body: ReadableStream<Uint8Array>, file: string, maxBytes: number): Promise<number> {
  let size = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      done(size > maxBytes ? new AppError("too-large") : null, chunk);
    },
  });
  await pipeline(Readable.fromWeb(body as WebReadableStream<Uint8Array>), counter, createWriteStream(file));
  return size;
}

async function readAt(handle: FileHandle, offset: number, length: number): Promise<Uint8Array> {
  const buffer = new Uint8Array(length);
  const { bytesRead } = await handle.read(buffer, 0, length, offset);
  if (bytesRead !== length) throw new AppError("corrupt");
  return buffer;
}

/** The zip's table of contents, read from its end: the archive itself is never read whole. */
async function readEntries(file: string, size: number): Promise<ZipEntry[]> {
  const handle = await open(file);
  try {
    const tailStart = Math.max(0, size - ZIP_TAIL_BYTES);
    const location = locateZipDirectory(await readAt(handle, tailStart, size - tailStart), size);
    return readZipEntries(await readAt(handle, location.offset, location.size), location.entries);
  } finally {
    await handle.close();
  }
}

/** Unpacks and imports the queued entries, as many at once as there are parse workers, one entry in memory each. */
async function unpackAndImport(coachId: string, file: string, queue: { entry: ZipEntry; itemId: string; label: string }[]) {
  const handle = await open(file);
  try {
    let next = 0;
    const lane = async () => {
      for (let job = queue[next++]; job; job = queue[next++]) {
        const { entry, itemId, label } = job;
        const limit = await takeRateLimit({
          key: `import:${coachId}`,
          max: env.IMPORT_RATE_MAX,
          windowSeconds: env.UPLOAD_RATE_WINDOW_SECONDS,
        });
        if (!limit.allowed) {
          await failImportItem({ id: itemId, errorCode: "rate-limited" });
          continue;
        }
        await importOneFile({
          coachId,
          itemId,
          label,
          bytes: async () => {
            const start = zipEntryDataOffset(entry, await readAt(handle, entry.localHeaderOffset, 30));
            return inflateZipEntry(entry, await readAt(handle, start, entry.packedBytes), env.MAX_UPLOAD_BYTES);
          },
        });
      }
    };
    await Promise.all(Array.from({ length: env.PARSE_WORKERS }, lane));
  } catch (error) {
    console.error("zip import stopped", error);
  } finally {
    await handle.close();
  }
}
