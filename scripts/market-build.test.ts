import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { getSnapshot } from "../lib/db/snapshots";
import { TEST_DATABASE_URL } from "../lib/paths";
import { parseMarketSnapshot } from "../lib/market/snapshot";
import { runScript } from "./lib/run-script";

function run(script: string, args: string[]) {
  return runScript(script, args, { ...process.env, DATABASE_URL: TEST_DATABASE_URL });
}

const RAG = `Senior AI Engineer
Requirements:
- Build retrieval-augmented generation (RAG) with LangChain and a vector database
- Python, evaluation habits
Nice to have: LangGraph
Salary: $150,000 - $170,000 per year`;

const DATA = `Data Engineer
Requirements:
- Spark, Airflow and strong SQL for our warehouse
- Data modelling and batch pipelines on AWS`;

describe("market:build", () => {
  it("counts postings from a folder and a CSV, drops duplicates, reports bad rows by code, and market:import loads it", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "market-build-"));
    mkdirSync(path.join(dir, "postings"));
    writeFileSync(path.join(dir, "postings", "rag.txt"), RAG);
    // The same posting on another board, wrapped in that board's HTML: a near duplicate.
    writeFileSync(
      path.join(dir, "postings", "rag-board.html"),
      `<html><head><script>track("<p>")</script></head><body><p>Posted on BoardX</p>${RAG.split("\n")
        .map((line) => `<p>${line.replace("&", "&amp;")}</p>`)
        .join("")}</body></html>`,
    );
    const csv = [
      "title,location,description,salary,date",
      `"Data Engineer","Berlin, Germany","${DATA.replace(/"/g, '""')}","€70k",2026-10-01`,
      `"Data Engineer","Berlin, Germany","${DATA}","€70k",2026-10-02`,
      `"AI Engineer","London, UK","AI Engineer\nRequirements:\n- LLM agents built on the Claude API, with ""tool use""\n- Prompt engineering","£90,000 a year",2026-10-05`,
      `"Broken","x","an unclosed "quote" here",,`,
      `"Short","x","hi",,`,
    ].join("\n");
    writeFileSync(path.join(dir, "export.csv"), csv);
    const out = path.join(dir, "snapshot.json");
    const id = `build-test-${Date.now()}`;

    const built = run("scripts/market-build.ts", [
      "--title",
      "Test market",
      "--id",
      id,
      "--out",
      out,
      path.join(dir, "postings"),
      path.join(dir, "export.csv"),
    ]);
    expect(built.status, built.stderr).toBe(0);
    const snapshot = parseMarketSnapshot(JSON.parse(readFileSync(out, "utf8")));
    expect(snapshot.postings).toBe(3);
    expect(snapshot.build).toMatchObject({ postingsRead: 5, exactDuplicates: 1, nearDuplicates: 1, unreadable: 2 });
    expect(snapshot.skills.find((s) => s.id === "rag")).toMatchObject({ count: 1, required: { count: 1 } });
    expect(snapshot.skills.find((s) => s.id === "langgraph")).toMatchObject({ count: 1, preferred: { count: 1 } });
    expect(snapshot.dateRange).toEqual({ from: "2026-10-01", to: "2026-10-05" });
    expect(snapshot.countries.map((c) => c.id).sort()).toEqual(["DE", "GB"]);

    const imported = run("scripts/market-import.ts", [out]);
    expect(imported.status, imported.stderr).toBe(0);
    expect((await getSnapshot(id))?.postings).toBe(3);
  });

  it("says what is wrong when no posting can be counted, and writes nothing", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "market-build-"));
    writeFileSync(path.join(dir, "empty.csv"), "name,notes\nx,y\n");
    const built = run("scripts/market-build.ts", ["--title", "Nothing", path.join(dir, "empty.csv")]);
    expect(built.status).toBe(1);
    expect(built.stderr).toContain("no-text-column");
    expect(built.stderr).toContain("no-postings");
    expect(built.stdout).toBe("");
  });
});
