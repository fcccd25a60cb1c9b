import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildSnapshot, type PostingRecord } from "../../market/build";
import { catalogOf } from "../../market/catalog";
import { BUNDLED_SNAPSHOT_PATH, readSnapshotFile } from "../../market/load";
import { extractForMarket } from "../../market/posting-skills";
import { fromRoot } from "../../paths";

/**
 * Builds a snapshot from hand-labelled postings (lib/eval/market/postings.jsonl; labels.json gives each posting's
 * skills, required or preferred, closed under docs/labeling.md's implication rules) and compares every skill's share
 * with the share the labels give.
 */
const here = fromRoot("lib", "eval", "market");
const postings: (PostingRecord & { id: string })[] = readFileSync(path.join(here, "postings.jsonl"), "utf8")
  .split("\n")
  .filter(Boolean)
  .map((line) => JSON.parse(line));
interface Label {
  id: string;
  skills: Record<string, "required" | "preferred">;
  /** Undecidable asks (docs/labeling.md rule 6): either answer is right. */
  optional?: string[];
}
const labels: { duplicates: Record<string, string>; postings: Label[] } = JSON.parse(readFileSync(path.join(here, "labels.json"), "utf8"));
const TOLERANCE = 0.02;

describe("a snapshot built from labelled postings", async () => {
  const published = readSnapshotFile(BUNDLED_SNAPSHOT_PATH);
  const snapshot = await buildSnapshot(postings, {
    id: "labelled-postings",
    title: "Labelled postings",
    source: "lib/eval/market/postings.jsonl",
    extract: extractForMarket,
    ...catalogOf(published),
    now: () => new Date("2026-10-15T00:00:00Z"),
  });
  const total = labels.postings.length;
  /** The share of postings the labels give a skill (at a level), from the certain asks to the certain plus optional. */
  const labelled = (id: string, level?: "required" | "preferred") => {
    const certain = labels.postings.filter((p) => p.skills[id] !== undefined && (level === undefined || p.skills[id] === level)).length;
    const optional = labels.postings.filter((p) => p.optional?.includes(id)).length;
    return { low: certain / total, high: (certain + optional) / total };
  };
  const within = (share: number, range: { low: number; high: number }) =>
    Math.max(range.low - share, share - range.high, 0) <= TOLERANCE + 1e-9;

  it("drops the re-posted and the cross-posted copies and counts each labelled posting once", () => {
    expect(snapshot.build).toMatchObject({ postingsRead: postings.length, exactDuplicates: 1, nearDuplicates: 1 });
    expect(snapshot.postings).toBe(total);
  });

  for (const skill of published.skills) {
    it(`counts ${skill.id} within ${TOLERANCE * 100} points of the labels (either level, required, preferred)`, () => {
      const built = snapshot.skills.find((s) => s.id === skill.id)!;
      // The postings the extractor reads differently from the labels, to say where a failure comes from.
      const misses = labels.postings
        .filter((posting) => {
          const text = postings.find((p) => p.id === posting.id)!.text;
          const got = extractForMarket(text).find((s) => s.id === skill.id)?.level;
          return got !== posting.skills[skill.id] && !posting.optional?.includes(skill.id);
        })
        .map((posting) => posting.id)
        .join(", ");
      expect(within(built.share, labelled(skill.id)), `share ${built.share}; misses: ${misses}`).toBe(true);
      expect(within(built.required!.share, labelled(skill.id, "required")), `required ${built.required!.share}; misses: ${misses}`).toBe(
        true,
      );
      expect(
        within(built.preferred!.share, labelled(skill.id, "preferred")),
        `preferred ${built.preferred!.share}; misses: ${misses}`,
      ).toBe(true);
    });
  }

  it("counts generative-AI and any-AI adoption as the labels do", () => {
    const generative = new Set(published.skills.filter((s) => s.wave === "generative").map((s) => s.id));
    const requires = (posting: (typeof labels.postings)[number], wave?: Set<string>) =>
      Object.entries(posting.skills).some(([id, level]) => level === "required" && (!wave || wave.has(id)));
    const genShare = labels.postings.filter((p) => requires(p, generative)).length / total;
    const anyShare = labels.postings.filter((p) => requires(p)).length / total;
    expect(Math.abs(snapshot.adoption.generativeAiRequired.share - genShare)).toBeLessThanOrEqual(TOLERANCE);
    expect(Math.abs(snapshot.adoption.anyAiRequired.share - anyShare)).toBeLessThanOrEqual(TOLERANCE);
  });

  it("records where the figures came from and how they were counted", () => {
    expect(snapshot.source).toBe("lib/eval/market/postings.jsonl");
    expect(snapshot.dateRange).toEqual({ from: "2026-09-25", to: "2026-10-24" });
    expect(snapshot.method).toMatch(/duplicate/);
    // Counted by hand from the postings' locations; "Remote" and "Remote (EU)" name no country.
    const countries = Object.fromEntries(snapshot.countries.map((c) => [c.id, c.postings]));
    expect(countries).toMatchObject({ US: 34, GB: 11, DE: 9 });
    expect(snapshot.seniority.find((level) => level.id === "staff")?.count).toBeGreaterThan(0);
  });

  it("states salary medians per tier in one currency each, with n and the small-sample caveat", () => {
    const [top] = snapshot.salary.tiers;
    expect(top?.currency).toBe("USD");
    for (const tier of [...snapshot.salary.tiers, ...(snapshot.salary.otherCurrencies ?? [])]) {
      expect(tier.n).toBeGreaterThan(0);
      if (tier.n < 30) expect(tier.caveat).toMatch(/small sample \(n=\d+/);
    }
    const euro = snapshot.salary.otherCurrencies?.filter((tier) => tier.currency === "EUR") ?? [];
    expect(euro.length).toBeGreaterThan(0);
  });
});
