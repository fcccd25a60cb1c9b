import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { LabelledResume, Trap } from "./evaluate";
import { fromRoot } from "../paths";

/**
 * The repo's labelled corpus. Each kind (resumes, postings) has a development part, which the matcher is tuned on,
 * and a sealed part, written by separate writers who never read the matcher, which nobody opens: tools read it
 * only to print aggregate figures.
 */
export const CORPUS = fromRoot("lib", "eval", "corpus");

export type CorpusPart = "dev" | "sealed";
export const CORPUS_PARTS: CorpusPart[] = ["dev", "sealed"];

export interface ResumeLabels {
  /** "Present" in the part's date ranges means this day, so seniority labels do not drift. */
  asOf: string;
  note?: string;
  resumes: (LabelledResume & { kind: string; asOf?: string })[];
}

export interface LabelledPostingSkill {
  id: string;
  level: "required" | "preferred";
}

export interface LabelledPosting {
  file: string;
  kind: string;
  skills: LabelledPostingSkill[];
  optional: (string | { id: string })[];
  traps: Trap[];
}

export interface PostingLabels {
  note?: string;
  postings: LabelledPosting[];
}

export const partDir = (kind: "resumes" | "postings", part: CorpusPart) => path.join(CORPUS, kind, part);

export function partPresent(kind: "resumes" | "postings", part: CorpusPart): boolean {
  return existsSync(path.join(partDir(kind, part), "labels.json"));
}

export function readResumeLabels(part: CorpusPart = "dev"): ResumeLabels {
  return JSON.parse(readFileSync(path.join(partDir("resumes", part), "labels.json"), "utf8")) as ResumeLabels;
}

export function readPostingLabels(part: CorpusPart = "dev"): PostingLabels {
  return JSON.parse(readFileSync(path.join(partDir("postings", part), "labels.json"), "utf8")) as PostingLabels;
}

export function corpusFilePath(kind: "resumes" | "postings", part: CorpusPart, file: string): string {
  return path.join(partDir(kind, part), file);
}

/** A plain-text dev resume as written (soft hyphens and ligatures included). */
export function readDevResume(file: string): string {
  return readFileSync(corpusFilePath("resumes", "dev", file), "utf8");
}
