import { describe, expect, it } from "vitest";
import { LineReader } from "./market-input";

/** Every line of `text`, fed to the reader as UTF-8 bytes in chunks of `size` bytes. */
function lines(text: string, size: number): string[] {
  const reader = new LineReader();
  const bytes = new TextEncoder().encode(text);
  const out: string[] = [];
  for (let i = 0; i < bytes.length; i += size) out.push(...reader.push(bytes.subarray(i, i + size)));
  return [...out, ...reader.end()];
}

describe("LineReader", () => {
  it("ends a line at LF, CRLF or a lone CR, wherever the chunks split the bytes", () => {
    const text = '{"a":1}\n{"b":"é"}\r\n{"c":2}\r{"d":"日本"}\n\n{"e":3}';
    const expected = ['{"a":1}', '{"b":"é"}', '{"c":2}', '{"d":"日本"}', "", '{"e":3}'];
    for (const size of [1, 2, 3, 5, 8, 64]) expect(lines(text, size)).toEqual(expected);
  });

  it("gives no empty last line after a final line break, and an empty one after a final lone CR", () => {
    expect(lines("a\nb\r\n", 4)).toEqual(["a", "b"]);
    expect(lines("a\r", 1)).toEqual(["a", ""]);
  });
});
