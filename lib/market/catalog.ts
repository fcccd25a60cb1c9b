import type { CatalogSkill } from "./build";
import type { MarketSnapshot } from "./snapshot";

/** The skills (and waves) a built snapshot reports on, and the study areas it carries: a published snapshot's. */
export function catalogOf(snapshot: MarketSnapshot): { catalog: CatalogSkill[]; practiceAreas: MarketSnapshot["practiceAreas"] } {
  return {
    catalog: snapshot.skills.map(({ id, name, wave, kind }) => ({ id, name, wave, ...(kind ? { kind } : {}) })),
    practiceAreas: snapshot.practiceAreas,
  };
}
