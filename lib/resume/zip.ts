import { inflateRawSync } from "node:zlib";
import { AppError } from "../errors";

/** A resume DOCX is a few dozen parts; thousands of entries is a hostile archive. */
const MAX_ENTRIES = 2_000;
/** Deflate rarely beats 100:1 on real documents; a bomb is 1000:1 and more. */
const MAX_RATIO = 200;
/**
 * A 30-page document's XML is about 1 MB. A much larger part is refused before mammoth builds it into objects:
 * a worker's heap cap stops most runaway parses, but Node cannot stop every allocation shape at the cap.
 */
const MAX_XML_PART_BYTES = 10 * 1024 * 1024;

export interface ZipSummary {
  entries: number;
  packedBytes: number;
  unpackedBytes: number;
  names: string[];
  /** The largest declared unpacked size of one XML part. */
  largestXmlBytes: number;
}

/** One file in a zip's central directory, with where its data starts (see `zipEntryData`). */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflate; anything else is refused when read. */
  method: number;
  /** Bit 0 set: the entry is encrypted. */
  flags: number;
  packedBytes: number;
  unpackedBytes: number;
  localHeaderOffset: number;
}

/** Where a zip's central directory sits, read from the archive's last bytes (`tail`) alone. */
export interface ZipDirectoryLocation {
  entries: number;
  offset: number;
  size: number;
}

/** How many bytes from the end of an archive hold its end-of-directory record, whatever its comment. */
export const ZIP_TAIL_BYTES = 22 + 0xffff;

/**
 * Finds the central directory from the end of an archive of `totalBytes`, so that a zip on disk can be checked
 * from a few kilobytes without reading it whole. ZIP64 archives are refused: no word processor or file manager
 * writes one for a few resumes, nor for postings at the sizes SkillGap accepts. `maxEntries` defaults to a DOCX's.
 */
export function locateZipDirectory(tail: Uint8Array, totalBytes: number, maxEntries = MAX_ENTRIES): ZipDirectoryLocation {
  const view = new DataView(tail.buffer, tail.byteOffset, tail.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) throw new AppError("corrupt");
  const entries = view.getUint16(eocd + 10, true);
  const size = view.getUint32(eocd + 12, true);
  const offset = view.getUint32(eocd + 16, true);
  if (entries === 0xffff || offset === 0xffffffff) throw new AppError("corrupt");
  if (entries > maxEntries) throw new AppError("too-large");
  if (offset + size > totalBytes) throw new AppError("corrupt");
  return { entries, offset, size };
}

/** Walks the central directory (the table of contents at a zip's end) without inflating anything. */
export function readZipEntries(directory: Uint8Array, entries: number): ZipEntry[] {
  const view = new DataView(directory.buffer, directory.byteOffset, directory.byteLength);
  const list: ZipEntry[] = [];
  let cursor = 0;
  for (let i = 0; i < entries; i++) {
    if (cursor + 46 > directory.length || view.getUint32(cursor, true) !== 0x02014b50) throw new AppError("corrupt");
    const packedBytes = view.getUint32(cursor + 20, true);
    const unpackedBytes = view.getUint32(cursor + 24, true);
    const nameLength = view.getUint16(cursor + 28, true);
    const extraLength = view.getUint16(cursor + 30, true);
    const commentLength = view.getUint16(cursor + 32, true);
    const localHeaderOffset = view.getUint32(cursor + 42, true);
    if (packedBytes === 0xffffffff || unpackedBytes === 0xffffffff || localHeaderOffset === 0xffffffff) throw new AppError("too-large");
    // Bit 11: the name is UTF-8; otherwise it is the old DOS code page, of which latin1 keeps the ASCII part.
    const utf8 = (view.getUint16(cursor + 8, true) & 0x800) !== 0;
    const name = new TextDecoder(utf8 ? "utf-8" : "latin1").decode(directory.subarray(cursor + 46, cursor + 46 + nameLength));
    list.push({
      name,
      method: view.getUint16(cursor + 10, true),
      flags: view.getUint16(cursor + 8, true),
      packedBytes,
      unpackedBytes,
      localHeaderOffset,
    });
    cursor += 46 + nameLength + extraLength + commentLength;
  }
  return list;
}

/**
 * Reads a zip's central directory without inflating anything, so that a DOCX that would unpack to far more than
 * its own size is refused before mammoth opens it.
 */
export function readZipDirectory(bytes: Uint8Array): ZipSummary {
  const entries = entriesInMemory(bytes, MAX_ENTRIES);
  let packedBytes = 0;
  let unpackedBytes = 0;
  let largestXmlBytes = 0;
  for (const entry of entries) {
    if (/\.(?:xml|rels)$/i.test(entry.name)) largestXmlBytes = Math.max(largestXmlBytes, entry.unpackedBytes);
    packedBytes += entry.packedBytes;
    unpackedBytes += entry.unpackedBytes;
  }
  return { entries: entries.length, packedBytes, unpackedBytes, names: entries.map((entry) => entry.name), largestXmlBytes };
}

/**
 * The zip-bomb rule for any archive, the same as for a DOCX: its declared unpacked size must stay under the cap
 * and within MAX_RATIO of its packed size.
 */
export function checkArchiveSize(packedBytes: number, unpackedBytes: number, maxUnpackedBytes: number): void {
  const ratioLimit = Math.max(packedBytes, 64 * 1024) * MAX_RATIO;
  if (unpackedBytes > maxUnpackedBytes || unpackedBytes > ratioLimit) throw new AppError("too-large");
}

/** Where an entry's packed data starts, from the 30 bytes of its local header onward. */
export function zipEntryDataOffset(entry: ZipEntry, localHeader: Uint8Array): number {
  const view = new DataView(localHeader.buffer, localHeader.byteOffset, localHeader.byteLength);
  if (localHeader.length < 30 || view.getUint32(0, true) !== 0x04034b50) throw new AppError("corrupt");
  return entry.localHeaderOffset + 30 + view.getUint16(26, true) + view.getUint16(28, true);
}

/**
 * Unpacks one entry. Inflating stops at the entry's declared size (and at `maxBytes`), so an entry that lies
 * about its size cannot unpack to more than it declared.
 */
export function inflateZipEntry(entry: ZipEntry, packed: Uint8Array, maxBytes: number): Uint8Array {
  if (entry.flags & 1) throw new AppError("encrypted");
  if (entry.unpackedBytes > maxBytes) throw new AppError("too-large");
  if (entry.method === 0) return packed.subarray(0, entry.unpackedBytes);
  if (entry.method !== 8) throw new AppError("unsupported-type");
  try {
    const bytes = inflateRawSync(packed, { maxOutputLength: Math.max(1, entry.unpackedBytes) });
    if (bytes.length !== entry.unpackedBytes) throw new AppError("corrupt");
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError(error instanceof RangeError ? "too-large" : "corrupt");
  }
}

/** How many files, and how large, `zipFiles` lets through. */
export interface ZipFileLimits {
  maxEntries: number;
  /** The largest declared unpacked size of one file. */
  maxEntryBytes: number;
  /** The largest declared unpacked size of all files together. */
  maxTotalBytes: number;
}

/** One file of an archive, unpacked only when read. */
export interface ZipFile {
  name: string;
  read(): Uint8Array;
}

/**
 * The files (not the folders) of an archive held in memory, each inflated only when read, for a .zip of postings.
 * The zip-bomb rule here is per file: its declared size within `maxEntryBytes` and within MAX_RATIO of its packed
 * size, and all of them within `maxTotalBytes`; a file that lies about its size still stops at what it declared.
 */
export function* zipFiles(bytes: Uint8Array, limits: ZipFileLimits): Generator<ZipFile> {
  let total = 0;
  for (const entry of entriesInMemory(bytes, limits.maxEntries)) {
    if (entry.name.endsWith("/")) continue;
    total += entry.unpackedBytes;
    const ratio = entry.packedBytes > 0 ? entry.unpackedBytes / entry.packedBytes : 0;
    if (entry.unpackedBytes > limits.maxEntryBytes || total > limits.maxTotalBytes || ratio > MAX_RATIO) throw new AppError("too-large");
    yield {
      name: entry.name,
      read() {
        const start = zipEntryDataOffset(entry, bytes.subarray(entry.localHeaderOffset, entry.localHeaderOffset + 30));
        return inflateZipEntry(entry, bytes.subarray(start, start + entry.packedBytes), limits.maxEntryBytes);
      },
    };
  }
}

/** Refuses a DOCX whose declared unpacked size is beyond the cap or far beyond its packed size. */
export function checkDocxArchive(bytes: Uint8Array, maxUnpackedBytes: number): ZipSummary {
  const summary = readZipDirectory(bytes);
  checkArchiveSize(bytes.length, summary.unpackedBytes, maxUnpackedBytes);
  if (summary.largestXmlBytes > MAX_XML_PART_BYTES) throw new AppError("too-large");
  if (!summary.names.includes("word/document.xml")) throw new AppError("unsupported-type");
  return summary;
}

function entriesInMemory(bytes: Uint8Array, maxEntries: number): ZipEntry[] {
  const location = locateZipDirectory(bytes.subarray(Math.max(0, bytes.length - ZIP_TAIL_BYTES)), bytes.length, maxEntries);
  return readZipEntries(bytes.subarray(location.offset, location.offset + location.size), location.entries);
}

function findEndOfCentralDirectory(view: DataView): number {
  // The record is 22 bytes plus a comment of at most 65535 bytes, at the very end.
  const stop = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let at = view.byteLength - 22; at >= stop; at--) {
    if (view.getUint32(at, true) === 0x06054b50) return at;
  }
  return -1;
}
