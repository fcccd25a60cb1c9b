import mammoth from "mammoth";
import { ResumeError } from "./errors";

/** Reads a Word document's text (paragraphs become lines). */
export async function readDocxText(bytes: Uint8Array): Promise<string> {
  try {
    const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    return result.value;
  } catch {
    throw new ResumeError("corrupt");
  }
}
