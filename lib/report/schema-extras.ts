import { z } from "zod";

/** Parts of the report schema that a report gains from the candidate's optional inputs. */

export const practiceRefSchema = z.object({ id: z.string(), title: z.string() });

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
