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

/**
 * Reads a zip's central directory (the table of contents at its end) without inflating anything, so that a DOCX
 * that would unpack to far more than its own size is refused before mammoth opens it. ZIP64 archives are refused:
 * no word processor writes one for a resume.
 */
export function readZipDirectory(bytes: Uint8Array): ZipSummary {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) throw new AppError("corrupt");
  const entries = view.getUint16(eocd + 10, true);
  const size = view.getUint32(eocd + 12, true);
  const offset = view.getUint32(eocd + 16, true);
  if (entries === 0xffff || offset === 0xffffffff) throw new AppError("corrupt");
  if (entries > MAX_ENTRIES) throw new AppError("too-large");
  if (offset + size > bytes.length) throw new AppError("corrupt");

  const names: string[] = [];
  let packedBytes = 0;
  let unpackedBytes = 0;
  let largestXmlBytes = 0;
  let cursor = offset;
  for (let i = 0; i < entries; i++) {
    if (cursor + 46 > bytes.length || view.getUint32(cursor, true) !== 0x02014b50) throw new AppError("corrupt");
    const packed = view.getUint32(cursor + 20, true);
    const unpacked = view.getUint32(cursor + 24, true);
    const nameLength = view.getUint16(cursor + 28, true);
    const extraLength = view.getUint16(cursor + 30, true);
    const commentLength = view.getUint16(cursor + 32, true);
    if (packed === 0xffffffff || unpacked === 0xffffffff) throw new AppError("too-large");
    const name = new TextDecoder("latin1").decode(bytes.subarray(cursor + 46, cursor + 46 + nameLength));
    names.push(name);
    if (/\.(?:xml|rels)$/i.test(name)) largestXmlBytes = Math.max(largestXmlBytes, unpacked);
    packedBytes += packed;
    unpackedBytes += unpacked;
    cursor += 46 + nameLength + extraLength + commentLength;
  }
  return { entries, packedBytes, unpackedBytes, names, largestXmlBytes };
}

/** Refuses a DOCX whose declared unpacked size is beyond the cap or far beyond its packed size. */
export function checkDocxArchive(bytes: Uint8Array, maxUnpackedBytes: number): ZipSummary {
  const summary = readZipDirectory(bytes);
  const ratioLimit = Math.max(bytes.length, 64 * 1024) * MAX_RATIO;
  if (summary.unpackedBytes > maxUnpackedBytes || summary.unpackedBytes > ratioLimit) throw new AppError("too-large");
  if (summary.largestXmlBytes > MAX_XML_PART_BYTES) throw new AppError("too-large");
  if (!summary.names.includes("word/document.xml")) throw new AppError("unsupported-type");
  return summary;
}

function findEndOfCentralDirectory(view: DataView): number {
  // The record is 22 bytes plus a comment of at most 65535 bytes, at the very end.
  const stop = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let at = view.byteLength - 22; at >= stop; at--) {
    if (view.getUint32(at, true) === 0x06054b50) return at;
  }
  return -1;
}
