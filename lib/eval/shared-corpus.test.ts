import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BUNDLED_SNAPSHOT_PATH, readSnapshotFile } from "../market/load";
import { analyze } from "../report/analyze";
import { AppError } from "../errors";
import { readerOptions } from "../reader-options";
import { readResume } from "../resume/read";
import { SHARED_FIXTURES as FIXTURES, sharedFixturesPresent } from "./corpora";

/**
 * The shared fixture corpus: 20 real public resume PDFs labelled per docs/labeling.md. Every required skill must be
 * found and nothing outside required ∪ optional.
 */
const present = sharedFixturesPresent();

interface Label {
  file: string;
  skills: string[];
  optional: string[];
  expect?: string;
}

if (!present) console.warn(`Skipping the shared fixture corpus: ${FIXTURES} is absent.`);

describe.skipIf(!present)("shared fixture corpus", () => {
  const labels: Label[] = present ? JSON.parse(readFileSync(path.join(FIXTURES, "labels.json"), "utf8")) : [];
  const snapshot = readSnapshotFile(BUNDLED_SNAPSHOT_PATH);

  for (const label of labels) {
    it(label.file, async () => {
      const bytes = new Uint8Array(readFileSync(path.join(FIXTURES, label.file)));
      let found: string[];
      try {
        found = analyze(await readResume({ kind: "file", bytes }, readerOptions()), snapshot).skills.map((skill) => skill.id);
      } catch (error) {
        // The image-only fixture may fail with the scanned-PDF code where OCR does not recover it.
        expect(label.expect, `${label.file} failed unexpectedly: ${String(error)}`).toBeDefined();
        expect(error).toBeInstanceOf(AppError);
        expect((error as AppError).code).toBe("no-text-layer");
        return;
      }
      const allowed = new Set([...label.skills, ...label.optional]);
      expect(
        label.skills.filter((id) => !found.includes(id)),
        "required skills not found",
      ).toEqual([]);
      expect(
        found.filter((id) => !allowed.has(id)),
        "skills found that the labels do not allow",
      ).toEqual([]);
    });
  }
});
