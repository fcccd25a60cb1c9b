import type { SourceKind } from "./schema";

/** Decides a file's format from its bytes, never its name: a renamed file is still what it is. */
export function sniffFormat(bytes: Uint8Array): SourceKind | null {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 1024));
  if (head.includes("%PDF-")) return "pdf";
  // DOCX is a zip (PK\x03\x04) whose parts include word/document.xml.
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    const names = new TextDecoder("latin1").decode(bytes.subarray(0, Math.min(bytes.length, 1 << 20)));
    return names.includes("word/") ? "docx" : null;
  }
  const text = decodeText(bytes);
  if (text === null) return null;
  // Text-based formats whose markup would be read as words: RTF, HTML/XML, PostScript.
  if (/^\s*(?:\{\\rtf|<!doctype|<html|<\?xml|%!PS)/i.test(text.slice(0, 200))) return null;
  return "text";
}

/** UTF-8 text without binary content, or null. */
export function decodeText(bytes: Uint8Array): string | null {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: binary content shows as control characters.
  const controls = text.match(/[\u0000-\u0008\u000E-\u001F]/g)?.length ?? 0;
  return controls > text.length / 100 || text.includes("\u0000") ? null : text.replace(/^\uFEFF/, "");
}
