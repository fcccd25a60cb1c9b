import { execFileSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const POSTING = path.join("lib", "eval", "corpus", "postings", "dev", "02-ml-engineer-classic.txt");

describe("npm run analyze -- --posting --json", () => {
  it("prints one line per posting: file and skills with their level and the line that asks for each", () => {
    const out = execFileSync("npx", ["tsx", "scripts/analyze.ts", "--posting", "--json", POSTING], { encoding: "utf8" });
    const lines = out.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toEqual({
      file: POSTING,
      skills: [
        {
          id: "machine-learning",
          name: "Machine Learning",
          level: "required",
          evidence: { text: "Strong machine learning fundamentals: gradient boosting, feature engineering, model evaluation.", line: 5 },
        },
        {
          id: "deep-learning",
          name: "Deep Learning / Neural Nets",
          level: "preferred",
          evidence: { text: "Deep learning for sequences (PyTorch).", line: 10 },
        },
        {
          id: "mlops",
          name: "MLOps",
          level: "required",
          evidence: { text: "Deploying models to production with monitoring (we use SageMaker and MLflow).", line: 7 },
        },
      ],
    });
  });
});
