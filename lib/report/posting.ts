import type { MarketSnapshot } from "../market/snapshot";
import { extractPostingSkills } from "../skills/posting";
import { practiceAreaOf } from "./practice-areas";
import type { PostingComparison } from "./schema";

export interface PostingSkill {
  id: string;
  name: string;
  level: "required" | "preferred" | null;
}

/**
 * The skills a job posting asks for, each required or preferred. The one place the report reads a posting, so the
 * posting reader in lib/skills can change without touching the report. `level` stays nullable in the report schema:
 * comparisons saved before levels existed have none.
 */
export function readPostingSkills(postingText: string): PostingSkill[] {
  return extractPostingSkills(postingText).map(({ id, name, level }) => ({ id, name, level }));
}

const LEVEL_ORDER = { required: 0, preferred: 1 } as const;

/** The posting's skills beside the resume's: which it shows, which it lacks, and each skill's market share. */
export function compareWithPosting(postingText: string, foundIds: ReadonlySet<string>, snapshot: MarketSnapshot): PostingComparison {
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
