import { describe, expect, it } from "vitest";
import { BUNDLED_SNAPSHOT_PATH, readSnapshotFile } from "../market/load";
import { analyze } from "../report/analyze";
import type { Report } from "../report/schema";
import { readerOptions } from "../reader-options";
import { readResume } from "../resume/read";
import { expiryFromChoice } from "./link-options";
import { shareSummary, shareTitle, toDrawableText, toSharedReport } from "./shared-report";

const snapshot = readSnapshotFile(BUNDLED_SNAPSHOT_PATH);

async function reportFor(text: string): Promise<Report> {
  return analyze(await readResume({ kind: "text", text }, readerOptions()), snapshot);
}

describe("toSharedReport", () => {
  it("scrubs a contact detail that reached the stored evidence", async () => {
    const report = await reportFor(`Experience
Built a RAG pipeline with LangChain and the OpenAI API for support search.
Skills
Python, PyTorch, LangChain`);
    const rag = report.skills.find((skill) => skill.id === "rag");
    expect(rag).toBeDefined();
    // As if saved before a better contact rule existed: the share path must still not show it.
    rag!.evidence[0]!.text = "Built a RAG pipeline; ask me: jo.doe@example.com, +1 (415) 555-0100";
    const shared = JSON.stringify(toSharedReport(report));
    expect(shared).not.toContain("jo.doe@example.com");
    expect(shared).not.toContain("555-0100");
    expect(shared).toContain("Built a RAG pipeline");
  });
});

describe("preview text", () => {
  it("summarizes tier and coverage from the report, and names no one unless asked", async () => {
    const report = await reportFor(`Experience
Built a RAG pipeline with LangChain and the OpenAI API for support search.
Skills
Python, PyTorch, LangChain`);
    const summary = shareSummary(report);
    expect(summary).toContain(report.tier.label);
    expect(summary).toMatch(/Market coverage \d+(\.\d)?%/);
    expect(shareTitle(null)).toBe("A SkillGap report");
    expect(shareTitle("Jordan")).toBe("Jordan's SkillGap report");
  });

  it("keeps only glyphs the shipped font draws, so the image renderer never fetches one", () => {
    expect(toDrawableText("Generative-AI skills required · $140,000 – 42.5%")).toBe("Generative-AI skills required · $140,000 – 42.5%");
    expect(toDrawableText("李雷 🚀 José")).toBe("?? ? José");
  });
});

describe("expiryFromChoice", () => {
  it("gives 7 or 30 days from now, or no expiry", () => {
    const now = new Date("2026-11-25T20:00:00Z");
    expect(expiryFromChoice("7", now)?.toISOString()).toBe("2026-12-02T20:00:00.000Z");
    expect(expiryFromChoice("30", now)?.toISOString()).toBe("2026-12-25T20:00:00.000Z");
    expect(expiryFromChoice("none", now)).toBeNull();
  });
});
