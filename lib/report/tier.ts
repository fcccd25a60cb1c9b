import type { MarketSnapshot } from "../market/snapshot";
import type { Report } from "./schema";

const MOVERS = 3;

/**
 * Places a candidate in the snapshot's salary tiers: a resume that shows any generative-AI skill falls in the
 * generative tier; the rest in the tier of postings without AI requirements, as the source groups them.
 * The tiers' figures are the snapshot's; the tiers are ordered by median, highest first.
 */
export function placeInTier(found: ReadonlySet<string>, snapshot: MarketSnapshot): Report["tier"] {
  const tiers = [...snapshot.salary.tiers].sort((a, b) => b.medianUsd - a.medianUsd);
  const generative = snapshot.skills.filter((skill) => skill.wave === "generative");
  const placedBy = generative.filter((skill) => found.has(skill.id)).map((skill) => skill.id);
  const index = placedBy.length > 0 ? 0 : tiers.length - 1;
  const tier = tiers[index]!;
  const next = index > 0 ? tiers[index - 1]! : null;
  const movers = next
    ? generative
        .filter((skill) => !found.has(skill.id))
        .sort((a, b) => b.share - a.share)
        .slice(0, MOVERS)
        .map((skill) => ({ id: skill.id, name: skill.name, share: skill.share }))
    : [];
  return {
    id: tier.id,
    label: tier.label,
    medianUsd: tier.medianUsd,
    ...(tier.currency && tier.currency !== "USD" ? { currency: tier.currency } : {}),
    n: tier.n,
    caveat: tier.caveat ?? null,
    basis: snapshot.salary.basis,
    placedBy,
    movers,
    next: next ? { id: next.id, label: next.label, medianUsd: next.medianUsd, n: next.n } : null,
    gapUsd: snapshot.salary.gapUsd ?? null,
  };
}
