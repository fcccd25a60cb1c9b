import type { MarketSnapshot } from "../market/snapshot";

/** The snapshot's practice area for a skill: the first area, in the snapshot's priority order, that lists it. */
export function practiceAreaOf(skillId: string, snapshot: MarketSnapshot): { id: string; title: string } | null {
  const area = snapshot.practiceAreas.areas.find((candidate) => candidate.skills?.includes(skillId));
  return area ? { id: area.id, title: area.title } : null;
}
