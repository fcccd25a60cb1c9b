import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readerOptions } from "../reader-options";
import { closeSharedParsePool } from "../resume/pool";
import { readResume } from "../resume/read";
import { matchSkills } from "./match";
import { SHARED_RESUME_FIXTURES } from "../paths";

const FIXTURES = SHARED_RESUME_FIXTURES;
const SCAN = path.join(FIXTURES, "scanned-image-only-harvey-dent-derived.pdf");
const TEXT_PDF = path.join(FIXTURES, "resume-matcher-harvey-dent-mle.pdf");
const present = existsSync(SCAN) && existsSync(TEXT_PDF);

describe.runIf(present)("skills of a resume read by OCR", () => {
  afterAll(() => closeSharedParsePool());

  it("are the skills of the same resume's text layer", async () => {
    const read = (file: string) =>
      readResume({ kind: "file", bytes: new Uint8Array(readFileSync(file)) }, readerOptions({ ocr: { timeoutMs: 60_000 } }));
    const [scan, original] = await Promise.all([read(SCAN), read(TEXT_PDF)]);
    const ids = (text: string) =>
      matchSkills(text)
        .skills.map((skill) => skill.id)
        .sort();
    expect(ids(original.text)).toEqual(["deep-learning", "machine-learning"]);
    expect(ids(scan.text)).toEqual(ids(original.text));
  }, 90_000);
});
