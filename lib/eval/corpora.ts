import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { AppError } from "../errors";
import { readerOptions } from "../reader-options";
import { estimateSeniority } from "../report/seniority";
import { readResume } from "../resume/read";
import { matchSkills } from "../skills/match";
import { extractPostingSkills } from "../skills/posting";
import { corpusFilePath, readPostingLabels, readResumeLabels, type CorpusPart } from "./corpus-files";
import { evaluate, evaluatePostings, type Evaluation, type LabelledResume, type PostingEvaluation, type Prediction } from "./evaluate";
import { SHARED_RESUME_FIXTURES } from "../paths";

export const SHARED_FIXTURES = SHARED_RESUME_FIXTURES;

/** A corpus file's text: plain text as written; PDF and DOCX through the same reader as an upload. */
async function corpusText(kind: "resumes" | "postings", part: CorpusPart, file: string): Promise<string> {
  const at = corpusFilePath(kind, part, file);
  if (/\.(?:txt|md)$/i.test(file)) return readFileSync(at, "utf8");
  try {
    return (await readResume({ kind: "file", bytes: new Uint8Array(readFileSync(at)) }, readerOptions())).text;
  } catch (error) {
    // A scan the OCR cannot read yields no text, hence no skills; any other failure is a broken corpus file.
    if (error instanceof AppError && error.code === "no-text-layer") return "";
    throw error;
  }
}

/** Matches every resume of one part of the repo corpus; "present" is the resume's own asOf day, else the part's. */
export async function evaluateResumes(part: CorpusPart = "dev"): Promise<Evaluation> {
  const { asOf: partAsOf, resumes } = readResumeLabels(part);
  const predictions: Prediction[] = [];
  for (const { file, asOf = partAsOf } of resumes) {
    const text = await corpusText("resumes", part, file);
    predictions.push({
      file,
      skills: matchSkills(text).skills.map((skill) => skill.id),
      seniority: estimateSeniority(text, new Date(asOf)).level,
    });
  }
  return evaluate(resumes, predictions);
}

/** Extracts every posting of one part of the repo corpus and scores skills and their levels. */
export async function evaluatePostingCorpus(part: CorpusPart = "dev"): Promise<PostingEvaluation> {
  const { postings } = readPostingLabels(part);
  const predictions = [];
  for (const { file } of postings) {
    const text = await corpusText("postings", part, file);
    predictions.push({ file, skills: extractPostingSkills(text).map(({ id, level }) => ({ id, level })) });
  }
  return evaluatePostings(postings, predictions);
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
