import { readFileSync } from "node:fs";
import path from "node:path";
import type { LabelledResume } from "./evaluate";

/** The repo's own labelled corpus: plain-text resumes written for the project, and their labels. */
export const REPO_CORPUS = path.join(path.dirname(new URL(import.meta.url).pathname), "corpus");

export interface RepoLabels {
  /** "Present" in the corpus's date ranges means this day, so seniority labels do not drift. */
  asOf: string;
  resumes: (LabelledResume & { kind: string })[];
}

export function readRepoLabels(): RepoLabels {
  return JSON.parse(readFileSync(path.join(REPO_CORPUS, "labels.json"), "utf8")) as RepoLabels;
}

export function readRepoResume(file: string): string {
  return readFileSync(path.join(REPO_CORPUS, file), "utf8");
}
