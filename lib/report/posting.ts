import type { MarketSnapshot } from "../market/snapshot";
import { matchSkills } from "../skills/match";
import { practiceAreaOf } from "./practice-areas";
import type { PostingComparison } from "./schema-extras";

export interface PostingSkill {
  id: string;
  name: string;
  level: "required" | "preferred" | null;
}

/**
 * The skills a job posting asks for. The one place that reads a posting: the matcher finds the skills today;
 * a posting reader that also tells required from preferred replaces this body without touching its callers.
 */
export function readPostingSkills(postingText: string): PostingSkill[] {
  return matchSkills(postingText).skills.map((skill) => ({ id: skill.id, name: skill.name, level: null }));
}

const LEVEL_ORDER = { required: 0, preferred: 1 } as const;

/** The posting's skills beside the resume's: which it shows, which it lacks, and each skill's market share. */
export function compareWithPosting(
  postingText: string,
  foundIds: ReadonlySet<string>,
  snapshot: MarketSnapshot,
): PostingComparison {
  const share = new Map(snapshot.skills.map((skill) => [skill.id, skill.share]));
  const skills = readPostingSkills(postingText).map((skill) => ({
    ...skill,
    shown: foundIds.has(skill.id),
    share: share.get(skill.id) ?? null,
    practice: practiceAreaOf(skill.id, snapshot),
  }));
  skills.sort(
    (a, b) =>
      (a.level ? LEVEL_ORDER[a.level] : 2) - (b.level ? LEVEL_ORDER[b.level] : 2) ||
      Number(a.shown) - Number(b.shown) ||
      (b.share ?? -1) - (a.share ?? -1),
  );
  return { skills };
}
