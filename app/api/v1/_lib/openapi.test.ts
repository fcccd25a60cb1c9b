import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BUNDLED_SNAPSHOT_PATH, readSnapshotFile } from "@/lib/market/load";
import { analyze } from "@/lib/report/analyze";
import { readResume } from "@/lib/resume/read";
import { extractPostingSkills } from "@/lib/skills/posting";
import { curlExamples, EXAMPLE_BODIES, EXAMPLE_POSTING_TEXT, EXAMPLE_RESUME_TEXT } from "./examples";
import { openApiDocument } from "./openapi";
import { openApiValidator } from "./openapi-validator";
import { analyzeJsonSchema, postingJsonSchema } from "./schemas";
import { readerOptions } from "@/lib/reader-options";

const document = openApiDocument("http://127.0.0.1:3000");
const validate = openApiValidator(document);

describe("the OpenAPI document", () => {
  it("is OpenAPI 3.1 with every operation and every schema it refers to", () => {
    expect(document.openapi).toBe("3.1.0");
    expect(Object.keys(document.paths).sort()).toEqual([
      "/api/v1/analyze",
      "/api/v1/openapi.json",
      "/api/v1/postings/analyze",
      "/api/v1/reports",
    ]);
    const refs = [...JSON.stringify(document).matchAll(/"\$ref":"#\/components\/schemas\/([A-Za-z0-9]+)"/g)].map((match) => match[1]!);
    expect(refs.length).toBeGreaterThan(10);
    for (const name of refs) expect(document.components.schemas, name).toHaveProperty(name);
    // Nested definitions would point at the document's root and break once embedded in it.
    expect(JSON.stringify(document)).not.toContain("$defs");
  });

  it("describes the report analyze() makes, and refuses one missing a field", async () => {
    const snapshot = readSnapshotFile(BUNDLED_SNAPSHOT_PATH);
    const report = analyze(await readResume({ kind: "text", text: EXAMPLE_RESUME_TEXT }, readerOptions()), snapshot, {
      target: { industry: "fintech", country: "US" },
      postingText: EXAMPLE_POSTING_TEXT,
    });
    expect(validate("Report", report)).toEqual([]);
    const { coverage: _coverage, ...withoutCoverage } = report;
    expect(validate("Report", withoutCoverage)).toContain("/ must have required property 'coverage'");
    expect(validate("PostingAnalysis", { skills: extractPostingSkills(EXAMPLE_POSTING_TEXT) })).toEqual([]);
  });

  it("its request examples are what the routes accept", () => {
    expect(validate("AnalyzeRequest", EXAMPLE_BODIES.analyze)).toEqual([]);
    expect(analyzeJsonSchema.safeParse(EXAMPLE_BODIES.analyze).success).toBe(true);
    expect(validate("PostingRequest", EXAMPLE_BODIES.posting)).toEqual([]);
    expect(postingJsonSchema.safeParse(EXAMPLE_BODIES.posting).success).toBe(true);
    expect(validate("AnalyzeRequest", { text: "x", target: { industry: "farming" } })).not.toEqual([]);
    expect(validate("AnalyzeRequest", { text: "x", extra: 1 })).not.toEqual([]);
  });

  it("an error's code is one of its status", () => {
    expect(validate("Error422", { error: { code: "corrupt", message: "…" } })).toEqual([]);
    expect(validate("Error422", { error: { code: "too-large", message: "…" } })).not.toEqual([]);
    expect(validate("Error401", { error: { code: "unauthorized", message: "…" } })).toEqual([]);
  });
});

describe("the README", () => {
  it("shows the same curl examples as the docs page", () => {
    const readme = readFileSync("README.md", "utf8");
    const { openapi: _served, ...shown } = curlExamples("http://localhost:3000");
    for (const example of Object.values(shown)) expect(readme).toContain(example);
  });
});
