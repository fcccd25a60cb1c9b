import { deflateRawSync } from "node:zlib";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { checkArchiveSize, inflateZipEntry, locateZipDirectory, readZipEntries, ZIP_TAIL_BYTES, zipEntryDataOffset } from "./zip";

async function zipOf(files: Record<string, string | Uint8Array>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, body] of Object.entries(files)) zip.file(name, body);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

function entriesOf(bytes: Uint8Array) {
  const location = locateZipDirectory(bytes.subarray(Math.max(0, bytes.length - ZIP_TAIL_BYTES)), bytes.length);
  return readZipEntries(bytes.subarray(location.offset, location.offset + location.size), location.entries);
}

function unpack(bytes: Uint8Array, name: string, max = 1024 * 1024): string {
  const entry = entriesOf(bytes).find((candidate) => candidate.name === name)!;
  const start = zipEntryDataOffset(entry, bytes.subarray(entry.localHeaderOffset, entry.localHeaderOffset + 30));
  return new TextDecoder().decode(inflateZipEntry(entry, bytes.subarray(start, start + entry.packedBytes), max));
}

describe("zip entries for bulk import", () => {
  it("lists a zip's files from its directory and unpacks each one on its own", async () => {
    const bytes = await zipOf({ "a.txt": "Resume of Ada ".repeat(50), "folder/b.txt": "Resume of Grace", "josé.txt": "Résumé" });
    expect(entriesOf(bytes).map((entry) => entry.name)).toEqual(["a.txt", "folder/", "folder/b.txt", "josé.txt"]);
    expect(unpack(bytes, "folder/b.txt")).toBe("Resume of Grace");
    expect(unpack(bytes, "a.txt")).toBe("Resume of Ada ".repeat(50));
  });

  it("refuses a bomb by its declared sizes, and an entry that unpacks past what it declared", async () => {
    expect(() => checkArchiveSize(100 * 1024, 100 * 1024 * 300, 1024 * 1024 * 1024)).toThrow(
      expect.objectContaining({ code: "too-large" }),
    );
    expect(() => checkArchiveSize(100 * 1024, 5 * 1024 * 1024, 1024 * 1024 * 1024)).not.toThrow();
    const bytes = await zipOf({ "a.txt": "x".repeat(10_000) });
    const [entry] = entriesOf(bytes);
    const packed = deflateRawSync(Buffer.from("x".repeat(1_000_000)));
    expect(() => inflateZipEntry({ ...entry!, packedBytes: packed.length }, packed, 5 * 1024 * 1024)).toThrow(
      expect.objectContaining({ code: "too-large" }),
    );
    expect(() => inflateZipEntry(entry!, new Uint8Array(16), 1024)).toThrow(expect.objectContaining({ code: "too-large" }));
  });

  it("refuses an encrypted entry and a file that is not a zip", async () => {
    const bytes = await zipOf({ "a.txt": "hello" });
    const [entry] = entriesOf(bytes);
    expect(() => inflateZipEntry({ ...entry!, flags: 1 }, new Uint8Array(4), 1024)).toThrow(expect.objectContaining({ code: "encrypted" }));
    expect(() => entriesOf(new TextEncoder().encode("not a zip at all"))).toThrow(expect.objectContaining({ code: "corrupt" }));
  });
});
