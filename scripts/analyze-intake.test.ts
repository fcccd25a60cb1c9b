import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import JSZip from "jszip";
import { afterAll, describe, expect, it } from "vitest";
import { blankPdf, docxOf, encryptedPdf, textPdf, zipBombDocx } from "../lib/eval/testing/make-files";

const run = promisify(execFile);
const dir = mkdtempSync(path.join(tmpdir(), "skillgap-cli-"));

const RESUME = `Experience
Machine Learning Engineer, Acme, 2020 - Present
Built retrieval-augmented generation with LangChain over Pinecone; jane.doe@example.com, +44 20 7946 0958.
Trained PyTorch models and tracked them in MLflow. Lives at 221B Baker Street.
Skills
Python, PyTorch, LangChain`;

async function analyze(files: string[], env: Record<string, string> = {}) {
  const result = await run("npx", ["tsx", "scripts/analyze.ts", "--json", "--text", ...files], {
    env: { ...process.env, OCR_ENABLED: "false", ...env },
  }).catch((error: { stdout: string; code: number }) => ({ stdout: error.stdout, code: error.code }));
  const lines = result.stdout
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line));
  return { lines, code: "code" in result ? result.code : 0 };
}

function write(name: string, bytes: Uint8Array | string): string {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

describe("analyze --json: the same error codes as the web form", () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("prints one coded error per unreadable file, in input order, and exits 1", async () => {
    const cases: [string, string][] = [
      ["empty-file", write("empty.pdf", new Uint8Array())],
      ["too-large", write("big.pdf", new Uint8Array(5 * 1024 * 1024 + 1).fill(0x41))],
      ["too-large", write("bomb.docx", await zipBombDocx(RESUME, 60))],
      ["unsupported-type", write("photo.pdf", Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))],
      ["unsupported-type", write("archive.docx", await new JSZip().file("a.txt", RESUME).generateAsync({ type: "uint8array" }))],
      ["encrypted", write("locked.pdf", encryptedPdf())],
      ["corrupt", write("cut.pdf", (await textPdf(RESUME)).slice(0, 400))],
      ["no-text-layer", write("scan.pdf", await blankPdf(1))],
      ["too-many-pages", write("book.pdf", await textPdf(RESUME, 21))],
      ["too-little-text", write("short.txt", "Jane Doe\nPython")],
      ["too-much-text", write("long.txt", `${RESUME}\n`.repeat(3000))],
    ];
    const { lines, code } = await analyze(cases.map(([, file]) => file));
    expect(code).toBe(1);
    expect(lines.map((line) => [line.file, line.error?.code])).toEqual(cases.map(([expected, file]) => [file, expected]));
    for (const line of lines) {
      expect(line.error.message).toMatch(/\.\s|\.$/);
      expect(line).not.toHaveProperty("skills");
    }
  });

  it("gives timeout when parsing runs past PARSE_TIMEOUT_MS", async () => {
    const { lines, code } = await analyze([write("slow.pdf", await textPdf(RESUME, 3))], { PARSE_TIMEOUT_MS: "1" });
    expect(code).toBe(1);
    expect(lines[0].error.code).toBe("timeout");
  });

  it("prints the stored text of a DOCX and a PDF with contact details removed", async () => {
    const { lines, code } = await analyze([write("jane.docx", await docxOf(RESUME)), write("jane.pdf", await textPdf(RESUME))]);
    expect(code).toBe(0);
    for (const line of lines) {
      expect(line.skills.map((skill: { id: string }) => skill.id)).toEqual(
        expect.arrayContaining(["rag", "langchain", "deep-learning", "mlops"]),
      );
      expect(line.text).toContain("Trained PyTorch models");
      for (const leak of ["jane.doe@", "7946", "Baker Street"]) expect(line.text).not.toContain(leak);
    }
  });
});
