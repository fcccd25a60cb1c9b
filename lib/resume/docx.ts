import { env } from "../env";
import { AppError } from "../errors";
import { parsePool } from "./pool";
import { checkDocxArchive } from "./zip";

/** Reads a Word document's text (paragraphs become lines) after checking that it is not a zip bomb. */
export async function readDocxText(bytes: Uint8Array): Promise<string> {
  checkDocxArchive(bytes, env.MAX_DOCX_UNPACKED_BYTES);
  const result = await parsePool().run({ kind: "docx", bytes, maxPages: env.MAX_PDF_PAGES }, env.PARSE_TIMEOUT_MS);
  if (result.kind !== "docx") throw new AppError("corrupt");
  return result.text;
}
