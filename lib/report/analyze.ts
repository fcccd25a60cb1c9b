import type { MarketSnapshot } from "../market/snapshot";
import type { ReadResume } from "../resume/schema";
import { matchSkills } from "../skills/match";
import { TAXONOMY_BY_ID } from "../skills/taxonomy";
import { coverageOf } from "./coverage";
import { rankGaps } from "./gaps";
import type { Report } from "./schema";
import { estimateSeniority } from "./seniority";
import { placeInTier } from "./tier";

export interface AnalyzeOptions {
  /** "Present" in date ranges means this date. */
  now?: Date;
}

/** Normalized resume text → the report, measured against one market snapshot. Pure: no I/O. */
export function analyze(resume: ReadResume, snapshot: MarketSnapshot, options: AnalyzeOptions = {}): Report {
  const match = matchSkills(resume.text);
  const foundIds = new Set(match.skills.map((skill) => skill.id));
  const marketSkill = new Map(snapshot.skills.map((skill) => [skill.id, skill]));
  const seniority = estimateSeniority(resume.text, options.now ?? new Date());
  const levelFigures = snapshot.seniority.find((level) => level.id === seniority.level);

  return {
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
  };
}
