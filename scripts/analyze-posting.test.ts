import { execFileSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const POSTING = path.join("lib", "eval", "corpus", "postings", "dev", "02-ml-engineer-classic.txt");

describe("npm run analyze -- --posting --json", () => {
  it("prints one line per posting: file and skills with their level", () => {
    const out = execFileSync("npx", ["tsx", "scripts/analyze.ts", "--posting", "--json", POSTING], { encoding: "utf8" });
    const lines = out.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toEqual({
      file: POSTING,
      skills: [
        { id: "machine-learning", name: "Machine Learning", level: "required" },
        { id: "deep-learning", name: "Deep Learning / Neural Nets", level: "preferred" },
        { id: "mlops", name: "MLOps", level: "required" },
      ],
    });
  });
});
