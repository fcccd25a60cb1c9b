import { describe, expect, it } from "vitest";
import { BUNDLED_SNAPSHOT_PATH, readSnapshotFile } from "../market/load";
import { PRACTICE_TOPICS, practicePagesOf } from "./practice-content";

const snapshot = readSnapshotFile(BUNDLED_SNAPSHOT_PATH);

describe("practice content", () => {
  it("has written content for every practice area in the snapshot", () => {
    const pages = practicePagesOf(snapshot);
    expect(pages.map((page) => page.id)).toEqual(snapshot.practiceAreas.areas.map((area) => area.id));
    for (const page of pages) expect(page.content, page.id).not.toBeNull();
  });

  it("gives each topic 5–8 questions, probes, a resume checklist and official https documentation links", () => {
    for (const topic of PRACTICE_TOPICS.values()) {
      expect(topic.questions.length, topic.id).toBeGreaterThanOrEqual(5);
      expect(topic.questions.length, topic.id).toBeLessThanOrEqual(8);
      expect(topic.probes.length, topic.id).toBeGreaterThan(0);
      expect(topic.checklist.length, topic.id).toBeGreaterThan(0);
      expect(topic.docs.length, topic.id).toBeGreaterThan(0);
      for (const doc of topic.docs) expect(doc.url, topic.id).toMatch(/^https:\/\//);
    }
  });

  it("covers every interview theme the snapshot names in the system-design topic's probes", () => {
    const design = practicePagesOf(snapshot).find((page) => page.id === "system-design")!;
    const probes = design.content!.probes.join(" ").toLowerCase();
    for (const topic of design.topics) expect(probes).toContain(topic.toLowerCase());
  });

  it("takes the skills' shares from the snapshot", () => {
    const rag = practicePagesOf(snapshot).find((page) => page.id === "rag-architecture")!;
    expect(rag.skills).toEqual([
      { id: "rag", name: "RAG (retrieval-augmented generation)", share: 0.396, count: 1647 },
      { id: "vector-databases", name: "Vector Databases", share: 0.245, count: 1016 },
    ]);
  });
});
