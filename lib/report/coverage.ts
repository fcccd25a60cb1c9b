import type { MarketSnapshot } from "../market/snapshot";

const TOP = 10;

/** One sentence that says what the coverage figure means, wherever it is shown. */
export const COVERAGE_DEFINITION =
  "Market coverage: the posting shares of the skills your resume shows, as a part of the sum of all skills' shares.";

/** Share-weighted coverage of the snapshot's skills, and how many of its most requested skills are shown. */
export function coverageOf(found: ReadonlySet<string>, snapshot: MarketSnapshot) {
  const total = snapshot.skills.reduce((sum, skill) => sum + skill.share, 0);
  const shown = snapshot.skills.filter((skill) => found.has(skill.id)).reduce((sum, skill) => sum + skill.share, 0);
  const top = [...snapshot.skills].sort((a, b) => b.share - a.share).slice(0, TOP);
  return {
    score: total === 0 ? 0 : Math.round((shown / total) * 1000) / 1000,
    topFound: top.filter((skill) => found.has(skill.id)).length,
    topTotal: top.length,
  };
}
