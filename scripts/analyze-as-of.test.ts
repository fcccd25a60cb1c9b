import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const dir = mkdtempSync(path.join(tmpdir(), "skillgap-asof-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const RESUME = `Jane Doe
Software engineer who builds retrieval systems for legal research teams and cares about tests.

Experience
Software Engineer, Acme Legal Technologies — Jan 2020 - Present
- Built RAG pipelines in Python over 2 million contracts with LangChain and pgvector.
- Wrote the evaluation harness and the deployment scripts for the search service.
`;

async function seniorityAsOf(...flags: string[]) {
  const file = path.join(dir, "resume.txt");
  writeFileSync(file, RESUME);
  const { stdout } = await run("npx", ["tsx", "scripts/analyze.ts", "--json", ...flags, file], {
    env: { ...process.env, OCR_ENABLED: "false" },
  });
  return JSON.parse(stdout.trim()).seniority as string;
}

describe("npm run analyze -- --as-of", () => {
  it("reads 'Present' as the given day, so a batch run gives the same level on any day", async () => {
    expect(await seniorityAsOf("--as-of", "2021-06-01")).toBe("entry");
    expect(await seniorityAsOf("--as-of=2030-06-01")).toBe("senior");
  });

  it("refuses a date it cannot read, and says how to write one", async () => {
    const failure = await run("npx", ["tsx", "scripts/analyze.ts", "--as-of", "2021-13", "x.txt"]).catch(
      (error: { stderr: string; code: number }) => error,
    );
    expect(failure).toMatchObject({ code: 2 });
    expect((failure as { stderr: string }).stderr).toContain("YYYY-MM-DD");
  });
});
