import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { zipFiles } from "./zip";

const LIMITS = { maxEntries: 50_000, maxEntryBytes: 20 * 1024 * 1024, maxTotalBytes: 500 * 1024 * 1024 };

describe("zipFiles", () => {
  it("reads each file of a zip of postings, stored or deflated, skipping folders", async () => {
    const zip = new JSZip();
    zip.file("postings/a.txt", "first posting");
    zip.file("b.csv", "text\nsecond", { compression: "STORE" });
    const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    const files = [...zipFiles(bytes, LIMITS)].map((entry) => [entry.name, new TextDecoder().decode(entry.read())]);
    expect(files).toEqual([
      ["postings/a.txt", "first posting"],
      ["b.csv", "text\nsecond"],
    ]);
  });

  it("refuses what is not a zip, and an entry that would unpack to far more than it holds", async () => {
    expect(() => [...zipFiles(new TextEncoder().encode("not a zip at all, just text"), LIMITS)]).toThrow(AppError);
    const zip = new JSZip();
    zip.file("bomb.txt", "a".repeat(5_000_000));
    const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    expect(() => [...zipFiles(bytes, LIMITS)]).toThrow(expect.objectContaining({ code: "too-large" }));
  });
});
