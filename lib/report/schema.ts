import { z } from "zod";
import { readabilitySchema } from "../resume/schema";
import { aspirationSchema, foundSkillSchema } from "../skills/schema";
import { sectionKindSchema } from "../skills/sections";
import { seniorityLevelSchema } from "./seniority";

export const practiceRefSchema = z.object({ id: z.string(), title: z.string() });

// Parts a report gains from the candidate's optional inputs: target market, previous version, job posting.

/** One market the candidate targets, with only the figures the snapshot gives for it (null where it gives none). */
export const marketFiguresSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** False when the snapshot has no entry at all for this market. */
  inSnapshot: z.boolean(),
  aiAdoptionShare: z.number().nullable(),
  shareOfPostings: z.number().nullable(),
  postings: z.number().int().nullable(),
  aiPostings: z.number().int().nullable(),
});

export const targetMarketSchema = z.object({
  industry: marketFiguresSchema.nullable(),
  country: marketFiguresSchema.nullable(),
});

/** A tier as a progress line quotes it: its figure travels with its sample size and caveat. */
const tierRefSchema = z.object({
  id: z.string(),
  label: z.string(),
  medianUsd: z.number(),
  n: z.number().int(),
  caveat: z.string().nullable(),
});
const skillRefSchema = z.object({ id: z.string(), name: z.string() });

export const progressSchema = z.object({
  previousId: z.string(),
  /** Both versions were measured against the same snapshot: the figures compare like for like. */
  sameSnapshot: z.boolean(),
  gained: z.array(skillRefSchema),
  lost: z.array(skillRefSchema),
  coverageBefore: z.number(),
  coverageAfter: z.number(),
  topFoundBefore: z.number().int(),
  topFoundAfter: z.number().int(),
  tierBefore: tierRefSchema,
  tierAfter: tierRefSchema,
});

export const postingLevelSchema = z.enum(["required", "preferred"]);

export const postingComparisonSchema = z.object({
  skills: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      /** Null when the posting's wording does not say whether the skill is required or preferred. */
      level: postingLevelSchema.nullable(),
      shown: z.boolean(),
      /** The skill's share of all postings in the snapshot, for the market view beside this one posting. */
      share: z.number().nullable(),
      practice: practiceRefSchema.nullable(),
    }),
  ),
});

export type TargetMarket = z.infer<typeof targetMarketSchema>;
export type MarketFigures = z.infer<typeof marketFiguresSchema>;
export type Progress = z.infer<typeof progressSchema>;
export type PostingComparison = z.infer<typeof postingComparisonSchema>;

export const gapGroupSchema = z.enum(["study-first", "framework", "foundation"]);
export type GapGroup = z.infer<typeof gapGroupSchema>;

/**
 * The report: everything the page renders and the JSON export returns. Every market figure in it was copied from
 * the snapshot named in `snapshot`, so a report reads the same after newer snapshots arrive.
 */
export const reportSchema = z.object({
  schemaVersion: z.literal(1),
  snapshot: z.object({ id: z.string(), title: z.string(), source: z.string(), postings: z.number().int() }),
  skills: z.array(foundSkillSchema.extend({ share: z.number().nullable(), count: z.number().int().nullable() })),
  aspirations: z.array(aspirationSchema),
  sections: z.array(sectionKindSchema),
  tier: z.object({
    id: z.string(),
    label: z.string(),
    medianUsd: z.number(),
    /** ISO 4217 code of the medians when the snapshot states them in another currency than US dollars. */
    currency: z.string().optional(),
    n: z.number().int(),
    caveat: z.string().nullable(),
    basis: z.string(),
    /** The found skills that placed the candidate in this tier (empty for the lowest tier). */
    placedBy: z.array(z.string()),
    /** Missing skills that would move the candidate up, highest posting share first. */
    movers: z.array(z.object({ id: z.string(), name: z.string(), share: z.number() })),
    /** The tier above, when there is one: what moving up is worth. */
    next: z.object({ id: z.string(), label: z.string(), medianUsd: z.number(), n: z.number().int() }).nullable(),
    gapUsd: z.number().nullable(),
  }),
  seniority: z.object({
    level: seniorityLevelSchema,
    reason: z.string(),
    years: z.number(),
    shareOfPostings: z.number().nullable(),
    generativeAiShare: z.number().nullable(),
    aiAdoptionShare: z.number().nullable(),
  }),
  coverage: z.object({
    /** Share-weighted coverage: the posting shares of the skills shown, over the sum of all skills' shares. */
    score: z.number().min(0).max(1),
    topFound: z.number().int(),
    topTotal: z.number().int(),
  }),
  missing: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      share: z.number(),
      count: z.number().int().nullable(),
      group: gapGroupSchema,
      why: z.string(),
      practice: practiceRefSchema.nullable(),
    }),
  ),
  readability: readabilitySchema,
  /** The industry and country the candidate chose to compare against; absent when they chose none. */
  market: targetMarketSchema.nullable().optional(),
  /** What changed since the version this report replaces; absent for a first version. */
  progress: progressSchema.nullable().optional(),
  /** One job posting the candidate pasted, compared with the resume; absent until they paste one. */
  posting: postingComparisonSchema.nullable().optional(),
});

export type Report = z.infer<typeof reportSchema>;
export type MissingSkill = Report["missing"][number];
