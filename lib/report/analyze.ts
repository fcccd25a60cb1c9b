import type { MarketSnapshot } from "../market/snapshot";
import type { ReadResume } from "../resume/schema";
import { matchSkills } from "../skills/match";
import { TAXONOMY_BY_ID } from "../skills/taxonomy";
import { coverageOf } from "./coverage";
import { rankGaps } from "./gaps";
import { compareWithPosting } from "./posting";
import { progressSince } from "./progress";
import type { Report } from "./schema";
import { estimateSeniority } from "./seniority";
import { targetMarketOf, type TargetChoice } from "./target";
import { placeInTier } from "./tier";

export interface AnalyzeOptions {
  /** "Present" in date ranges means this date. */
  now?: Date;
  /** The industry and country the candidate targets, if any. */
  target?: TargetChoice;
  /** The version this resume replaces, already checked to belong to the same owner. */
  previous?: { id: string; report: Report } | null;
  /** A job posting to compare the resume with. */
  postingText?: string | null;
}

/** Normalized resume text → the report, measured against one market snapshot. Pure: no I/O. */
export function analyze(resume: ReadResume, snapshot: MarketSnapshot, options: AnalyzeOptions = {}): Report {
  const match = matchSkills(resume.text);
  const foundIds = new Set(match.skills.map((skill) => skill.id));
  const marketSkill = new Map(snapshot.skills.map((skill) => [skill.id, skill]));
  const seniority = estimateSeniority(resume.text, options.now ?? new Date());
  const levelFigures = snapshot.seniority.find((level) => level.id === seniority.level);

  const report: Report = {
    schemaVersion: 1,
    snapshot: { id: snapshot.id, title: snapshot.title, source: snapshot.source, postings: snapshot.postings },
    skills: match.skills.map((skill) => ({
      ...skill,
      share: marketSkill.get(skill.id)?.share ?? null,
      count: marketSkill.get(skill.id)?.count ?? null,
    })),
    aspirations: match.aspirations,
    sections: match.sections,
    tier: placeInTier(foundIds, snapshot),
    seniority: {
      level: seniority.level,
      reason: seniority.reason,
      years: seniority.years,
      shareOfPostings: levelFigures?.shareOfPostings ?? null,
      generativeAiShare: levelFigures?.generativeAiShare ?? null,
      aiAdoptionShare: levelFigures?.aiAdoptionShare ?? null,
    },
    coverage: coverageOf(foundIds, snapshot),
    missing: rankGaps(foundIds, snapshot, (id) => TAXONOMY_BY_ID.get(id)),
    readability: resume.readability,
    market: options.target ? targetMarketOf(options.target, snapshot) : null,
    posting: options.postingText ? compareWithPosting(options.postingText, foundIds, snapshot) : null,
  };
  report.progress = options.previous ? progressSince(options.previous, report) : null;
  return report;
}
