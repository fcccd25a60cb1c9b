import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const dir = mkdtempSync(path.join(tmpdir(), "skillgap-market-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const RESUME = `Jane Doe
AI engineer who builds retrieval systems for legal research teams.

Experience
AI Engineer, Acme Legal Technologies — Jan 2020 - Present
- Built RAG pipelines in Python over 2 million contracts with LangChain and pgvector.
`;

const bundled = JSON.parse(readFileSync(path.join("data", "market", "ai-engineer-2026-06.json"), "utf8"));

describe("npm run analyze -- --market", () => {
  it("measures against the snapshot file given, in its own currency, and names it", async () => {
    const market = path.join(dir, "berlin.json");
    const salary = {
      ...bundled.salary,
      tiers: bundled.salary.tiers.map((tier: object) => ({ ...tier, medianUsd: 70_000, currency: "EUR" })),
    };
    writeFileSync(market, JSON.stringify({ ...bundled, id: "berlin-test", title: "Berlin test market", postings: 412, salary }));
    const resume = path.join(dir, "resume.txt");
    writeFileSync(resume, RESUME);
    const env = { ...process.env, OCR_ENABLED: "false" };
    const json = await run("npx", ["tsx", "scripts/analyze.ts", "--json", "--market", market, resume], { env });
    expect(JSON.parse(json.stdout.trim())).toMatchObject({ tier: { medianUsd: 70_000 } });
    const text = await run("npx", ["tsx", "scripts/analyze.ts", `--market=${market}`, resume], { env });
    expect(text.stdout).toContain("measured against: Berlin test market (412 postings)");
    expect(text.stdout).toContain("(€70,000)");
  });

  it("refuses a file that is not a snapshot, and says so", async () => {
    const notSnapshot = path.join(dir, "postings.csv");
    writeFileSync(notSnapshot, "title,description\n");
    const failure = await run("npx", ["tsx", "scripts/analyze.ts", "--market", notSnapshot, "x.txt"]).catch(
      (error: { stderr: string; code: number }) => error,
    );
    expect(failure).toMatchObject({ code: 2, stderr: expect.stringContaining("not a market snapshot") });
  });
});
