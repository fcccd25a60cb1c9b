import type { Report } from "./schema";

/** The `analyze --json` line for one analyzed file: docs/architecture.md's stable interface, nothing more. */
export function toAnalyzeJson(file: string, report: Report, text?: string) {
  return {
    file,
    skills: report.skills.map((skill) => ({
      id: skill.id,
      name: skill.name,
      evidence: skill.evidence.map((evidence) => ({ text: evidence.text })),
    })),
    tier: { id: report.tier.id, medianUsd: report.tier.medianUsd },
    seniority: report.seniority.level,
    coverage: report.coverage.score,
    missing: report.missing.map((gap) => ({ id: gap.id, share: gap.share, practice: gap.practice?.id ?? null })),
    ...(text === undefined ? {} : { text }),
  };
}
