import { z } from "zod";

const shareWithCount = z.object({ share: z.number().min(0).max(1), count: z.number().int().optional() });

/** One skill as the snapshot publishes it. `count` is absent where the source gives only the share. */
export const snapshotSkillSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  share: z.number().min(0).max(1),
  count: z.number().int().nonnegative().optional(),
  wave: z.enum(["foundation", "generative"]),
  kind: z.string().optional(),
  /** Postings that require it, and postings that only prefer it ("nice to have"); `share` counts both. */
  required: shareWithCount.optional(),
  preferred: shareWithCount.optional(),
});

export const salaryTierSchema = z.object({
  id: z.string(),
  label: z.string(),
  /** The median in the tier's `currency`: US dollars unless `currency` names another (the name predates others). */
  medianUsd: z.number().positive(),
  n: z.number().int().positive(),
  caveat: z.string().optional(),
  /** ISO 4217. Figures are never converted: a snapshot built from euro postings states euro medians. */
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .optional(),
});

/** How a snapshot built by `npm run market:build` came about, so a reader can judge its figures. */
export const snapshotBuildSchema = z.object({
  builtAt: z.string(),
  postingsRead: z.number().int().nonnegative(),
  exactDuplicates: z.number().int().nonnegative(),
  nearDuplicates: z.number().int().nonnegative(),
  unreadable: z.number().int().nonnegative(),
});

export const marketSnapshotSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string(),
  source: z.string(),
  postings: z.number().int().positive(),
  note: z.string().optional(),
  /** How the figures were counted (what "requires", a duplicate and a salary mean here). */
  method: z.string().optional(),
  /** The postings' dates, where the data has them (YYYY-MM-DD). */
  dateRange: z.object({ from: z.string(), to: z.string() }).optional(),
  build: snapshotBuildSchema.optional(),
  adoption: z.object({
    generativeAiRequired: shareWithCount,
    anyAiRequired: shareWithCount,
    traditionalMlOnly: shareWithCount,
  }),
  skills: z.array(snapshotSkillSchema).min(1),
  salary: z.object({
    basis: z.string(),
    tiers: z.array(salaryTierSchema).min(1),
    gapUsd: z.number().optional(),
    wording: z.string().optional(),
    /** Medians from salaries stated in other currencies than the tiers', each in its own currency. */
    otherCurrencies: z.array(salaryTierSchema.extend({ currency: z.string().regex(/^[A-Z]{3}$/) })).optional(),
  }),
  seniority: z.array(
    z.object({
      id: z.enum(["entry", "mid", "senior", "staff"]),
      shareOfPostings: z.number().optional(),
      count: z.number().int().optional(),
      generativeAiShare: z.number().optional(),
      aiAdoptionShare: z.number().optional(),
    }),
  ),
  industries: z.array(
    z.object({
      id: z.string(),
      aiAdoptionShare: z.number().optional(),
      postings: z.number().int().optional(),
      aiPostings: z.number().int().optional(),
    }),
  ),
  countries: z.array(
    z.object({
      id: z.string(),
      shareOfPostings: z.number().optional(),
      postings: z.number().int().optional(),
      aiAdoptionShare: z.number().optional(),
    }),
  ),
  context: z.array(z.object({ fact: z.string(), source: z.string() })).default([]),
  practiceAreas: z.object({
    note: z.string().optional(),
    areas: z.array(
      z.object({
        id: z.string().regex(/^[a-z0-9-]+$/),
        title: z.string(),
        skills: z.array(z.string()).optional(),
        topics: z.array(z.string()).optional(),
      }),
    ),
  }),
});

export type MarketSnapshot = z.infer<typeof marketSnapshotSchema>;
export type SnapshotSkill = z.infer<typeof snapshotSkillSchema>;
export type SalaryTier = z.infer<typeof salaryTierSchema>;

/** Parses and validates snapshot JSON; throws a ZodError that names the bad field. */
export function parseMarketSnapshot(json: unknown): MarketSnapshot {
  return marketSnapshotSchema.parse(json);
}
