import { describe, expect, it } from "vitest";
import { CsvReader, type CsvRecord, MAX_FIELD_CHARS } from "./csv";

/** Every record of `text`, fed to the reader in chunks of `size` characters. */
function read(text: string, size = text.length || 1): CsvRecord[] {
  const reader = new CsvReader();
  const out: CsvRecord[] = [];
  for (let i = 0; i < text.length; i += size) out.push(...reader.push(text.slice(i, i + size)));
  return [...out, ...reader.end()];
}

const EXPORT = [
  "title,description,salary",
  '"AI Engineer","Requirements:\n- RAG, agents\n- ""tool use""","$150,000"',
  "Data Engineer,Spark and SQL,",
  '"Broken","text "after" a quote",x',
  "Last,row without newline,€70k",
].join("\r\n");

/** Every record of `text`, fed to the reader as UTF-8 bytes in chunks of `size` bytes. */
function readBytes(text: string, size: number): CsvRecord[] {
  const reader = new CsvReader();
  const bytes = new TextEncoder().encode(text);
  const out: CsvRecord[] = [];
  for (let i = 0; i < bytes.length; i += size) out.push(...reader.push(bytes.subarray(i, i + size)));
  return [...out, ...reader.end()];
}

describe("CsvReader", () => {
  it("reads quoted fields with commas, line breaks and doubled quotes, CRLF rows, and a last row without a newline", () => {
    const records = read(EXPORT);
    expect(records).toEqual([
      { fields: ["title", "description", "salary"], line: 1 },
      { fields: ["AI Engineer", 'Requirements:\n- RAG, agents\n- "tool use"', "$150,000"], line: 2 },
      { fields: ["Data Engineer", "Spark and SQL", ""], line: 5 },
      { error: "bad-row", line: 6, reason: "text after a closing quote" },
      { fields: ["Last", "row without newline", "€70k"], line: 7 },
    ]);
  });

  it("gives the same records however the file is split into chunks", () => {
    const whole = read(EXPORT);
    for (const size of [1, 2, 3, 7, 16]) expect(read(EXPORT, size)).toEqual(whole);
  });

  it("reads the same text when a chunk of bytes ends inside a character (€, ü, an emoji)", () => {
    const text = `${EXPORT}\r\n"Ingenieur für KI 🤖","Gehalt ""€80k""",€80.000\n`;
    const whole = read(text);
    expect(whole.at(-1)).toEqual({ fields: ["Ingenieur für KI 🤖", 'Gehalt "€80k"', "€80.000"], line: 8 });
    for (const size of [1, 2, 3, 5, 64]) expect(readBytes(text, size)).toEqual(whole);
  });

  it("reports a quote that is never closed, and a field longer than the limit, then reads on", () => {
    expect(read('a,b\n"open,never closed\n')).toEqual([
      { fields: ["a", "b"], line: 1 },
      { error: "bad-row", line: 2, reason: "a quote is never closed" },
    ]);
    const long = `${"x".repeat(MAX_FIELD_CHARS + 1)},y\nnext,row\n`;
    for (const size of [long.length, 65_536]) {
      const records = read(long, size);
      expect(records[0]).toMatchObject({ error: "bad-row", line: 1 });
      expect(records[1]).toEqual({ fields: ["next", "row"], line: 2 });
    }
  });
});
