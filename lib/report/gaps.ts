import type { MarketSnapshot } from "../market/snapshot";
import type { SkillDefinition } from "../skills/taxonomy";
import { practiceAreaOf } from "./practice-areas";
import type { GapGroup, MissingSkill } from "./schema";

const GROUP_OF_LAYER: Record<SkillDefinition["layer"], GapGroup> = {
  concept: "study-first",
  framework: "framework",
  foundation: "foundation",
};
const GROUP_ORDER: GapGroup[] = ["study-first", "framework", "foundation"];

/**
 * The snapshot's skills the resume lacks, grouped the way the snapshot recommends studying them (LLMs, agents and
 * RAG first, then the framework layer, then foundations) and ranked by posting share within each group.
 */
export function rankGaps(
  found: ReadonlySet<string>,
  snapshot: MarketSnapshot,
  definitionOf: (id: string) => SkillDefinition | undefined,
): MissingSkill[] {
  return snapshot.skills
    .filter((skill) => !found.has(skill.id))
    .map((skill) => {
      const definition = definitionOf(skill.id);
      const group = definition ? GROUP_OF_LAYER[definition.layer] : skill.wave === "foundation" ? "foundation" : "framework";
      return {
        id: skill.id,
        name: skill.name,
        share: skill.share,
        count: skill.count ?? null,
        group,
        why: definition?.why ?? `Asked for in ${Math.round(skill.share * 1000) / 10}% of postings.`,
        practice: practiceAreaOf(skill.id, snapshot),
      };
    })
    .sort((a, b) => GROUP_ORDER.indexOf(a.group) - GROUP_ORDER.indexOf(b.group) || b.share - a.share);
}
