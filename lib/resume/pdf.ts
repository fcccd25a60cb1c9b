import { PDFParse } from "pdf-parse";
import { ResumeError } from "./errors";

export interface PdfText {
  text: string;
  pages: number;
}

/** Reads a PDF's text layer. Maps pdf.js failures to the resume error codes. */
export async function readPdfText(bytes: Uint8Array, maxPages: number): Promise<PdfText> {
  const parser = new PDFParse({ data: bytes.slice() });
  try {
    const info = await parser.getInfo();
    if (info.total > maxPages) throw new ResumeError("too-many-pages");
    const result = await parser.getText();
    return { text: result.text, pages: result.total };
  } catch (error) {
    throw toResumeError(error);
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}

function toResumeError(error: unknown): ResumeError {
  if (error instanceof ResumeError) return error;
  const name = (error as { name?: string } | null)?.name ?? "";
  if (name === "PasswordException") return new ResumeError("encrypted");
  return new ResumeError("corrupt");
}
