import { checkDocxArchive } from "./zip";

/**
 * Checks that a Word document is not a zip bomb before `unpack` (mammoth, in the parser worker) opens it; its
 * paragraphs become lines.
 */
export async function readDocxText(
  bytes: Uint8Array,
  maxUnpackedBytes: number,
  unpack: (bytes: Uint8Array) => Promise<string>,
): Promise<string> {
  checkDocxArchive(bytes, maxUnpackedBytes);
  return unpack(bytes);
}
