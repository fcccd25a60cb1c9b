import { inflateRawSync } from "node:zlib";

/**
 * The files in a .zip of postings, one at a time, each inflated only when asked for. Archives are refused when
 * they would unpack to far more than they hold (a zip bomb) or hold more entries than a posting collection does.
 * ZIP64 archives are refused: postings exports do not need them at the sizes SkillGap accepts.
 */

export const MAX_ZIP_ENTRIES = 50_000;
const MAX_ENTRY_BYTES = 20 * 1024 * 1024;
const MAX_TOTAL_BYTES = 500 * 1024 * 1024;
const MAX_RATIO = 200;

export class ZipError extends Error {}

export interface ZipEntry {
  name: string;
  read(): Uint8Array;
}

export function* zipEntries(bytes: Uint8Array): Generator<ZipEntry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === 0x0605_4b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipError("not a zip archive");
  const count = view.getUint16(eocd + 10, true);
  const offset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || offset === 0xffff_ffff) throw new ZipError("ZIP64 archives are not read");
  if (count > MAX_ZIP_ENTRIES) throw new ZipError(`more than ${MAX_ZIP_ENTRIES} entries`);
  const decoder = new TextDecoder("utf-8");
  let total = 0;
  let at = offset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x0201_4b50) throw new ZipError("damaged central directory");
    const method = view.getUint16(at + 10, true);
    const packed = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
    if (name.endsWith("/")) continue;
    total += size;
    if (size > MAX_ENTRY_BYTES || total > MAX_TOTAL_BYTES || (packed > 0 && size / packed > MAX_RATIO)) {
      throw new ZipError(`${name} would unpack to too much`);
    }
    yield {
      name,
      read() {
        if (local + 30 > bytes.length || view.getUint32(local, true) !== 0x0403_4b50) throw new ZipError(`${name}: damaged entry`);
        const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
        const data = bytes.subarray(start, start + packed);
        if (method === 0) return data;
        if (method !== 8) throw new ZipError(`${name}: unsupported compression`);
        return inflateRawSync(data, { maxOutputLength: Math.max(size, 1) });
      },
    };
  }
}
