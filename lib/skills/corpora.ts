import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { estimateSeniority } from "../report/seniority";
import { AppError } from "../errors";
import { readerOptions } from "../reader-options";
import { readResume } from "../resume/read";
import { evaluate, type Evaluation, type LabelledResume, type Prediction } from "./evaluate";
import { readRepoLabels, readRepoResume } from "./corpus-files";
import { matchSkills } from "./match";

export { readRepoLabels, readRepoResume };

export const SHARED_FIXTURES = path.resolve(process.cwd(), "..", "shared", "fixtures", "resumes");

/** Matches every resume of the repo corpus as text, exactly as written (soft hyphens and ligatures included). */
export function evaluateRepoCorpus(): Evaluation {
  const { asOf, resumes } = readRepoLabels();
  const predictions: Prediction[] = resumes.map(({ file }) => {
    const text = readRepoResume(file);
    return {
      file,
      skills: matchSkills(text).skills.map((skill) => skill.id),
      seniority: estimateSeniority(text, new Date(asOf)).level,
    };
  });
  return evaluate(resumes, predictions);
}

export function sharedFixturesPresent(): boolean {
  return existsSync(path.join(SHARED_FIXTURES, "labels.json"));
}

interface SharedLabel {
  file: string;
  skills: string[];
  optional: string[];
  traps?: string[];
}

/**
 * Reads every shared fixture PDF through the same path as an upload. A PDF with no text layer yields no skills (its
 * label asks for none or a scanned-PDF error). Shared traps are free text, so any skill the labels do not allow on
 * a file with traps counts as a trap false positive.
 */
export async function evaluateSharedFixtures(): Promise<Evaluation> {
  const labels = (JSON.parse(readFileSync(path.join(SHARED_FIXTURES, "labels.json"), "utf8")) as SharedLabel[]).map(
    (label): LabelledResume => ({
      file: label.file,
      skills: label.skills,
      optional: label.optional,
      traps: (label.traps ?? []).map((text) => ({ text, not: ["*"] })),
    }),
  );
  const present = new Set(readdirSync(SHARED_FIXTURES));
  const predictions: Prediction[] = [];
  for (const label of labels.filter((l) => present.has(l.file))) {
    try {
      const resume = await readResume(
        { kind: "file", bytes: new Uint8Array(readFileSync(path.join(SHARED_FIXTURES, label.file))) },
        readerOptions(),
      );
      predictions.push({ file: label.file, skills: matchSkills(resume.text).skills.map((skill) => skill.id) });
    } catch (error) {
      if (!(error instanceof AppError && error.code === "no-text-layer")) throw error;
      predictions.push({ file: label.file, skills: [] });
    }
  }
  return evaluate(
    labels.filter((l) => present.has(l.file)),
    predictions,
  );
}
