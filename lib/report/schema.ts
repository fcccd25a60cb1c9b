import { z } from "zod";
import { readabilitySchema } from "../resume/schema";
import { aspirationSchema, foundSkillSchema } from "../skills/schema";
import { sectionKindSchema } from "../skills/sections";
import { postingComparisonSchema, practiceRefSchema, progressSchema, targetMarketSchema } from "./schema-extras";
import { seniorityLevelSchema } from "./seniority";

export const gapGroupSchema = z.enum(["study-first", "framework", "foundation"]);
export type GapGroup = z.infer<typeof gapGroupSchema>;

/**
 * The report: everything the page renders and the JSON export returns. Every market figure in it was copied from
 * the snapshot named in `snapshot`, so a report reads the same after newer snapshots arrive.
 */
export const reportSchema = z.object({
  schemaVersion: z.literal(1),
  snapshot: z.object({ id: z.string(), title: z.string(), source: z.string(), postings: z.number().int() }),
  skills: z.array(
    foundSkillSchema.extend({ share: z.number().nullable(), count: z.number().int().nullable() }),
  ),
  aspirations: z.array(aspirationSchema),
  sections: z.array(sectionKindSchema),
  tier: z.object({
    id: z.string(),
    label: z.string(),
    medianUsd: z.number(),
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
