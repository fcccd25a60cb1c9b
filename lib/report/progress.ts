import type { Report } from "./schema";
import type { Progress } from "./schema";

function tierRef(report: Report) {
  const { id, label, medianUsd, n, caveat } = report.tier;
  return { id, label, medianUsd, n, caveat };
}

/** What changed from the previous version of a resume to this one: skills gained and lost, coverage, tier. */
export function progressSince(previous: { id: string; report: Report }, current: Report): Progress {
  const before = new Map(previous.report.skills.map((skill) => [skill.id, skill.name]));
  const after = new Map(current.skills.map((skill) => [skill.id, skill.name]));
  return {
    previousId: previous.id,
    sameSnapshot: previous.report.snapshot.id === current.snapshot.id,
    gained: [...after].filter(([id]) => !before.has(id)).map(([id, name]) => ({ id, name })),
    lost: [...before].filter(([id]) => !after.has(id)).map(([id, name]) => ({ id, name })),
    coverageBefore: previous.report.coverage.score,
    coverageAfter: current.coverage.score,
    topFoundBefore: previous.report.coverage.topFound,
    topFoundAfter: current.coverage.topFound,
    tierBefore: tierRef(previous.report),
    tierAfter: tierRef(current),
  };
}
