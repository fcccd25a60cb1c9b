import { z } from "zod";
import { sectionKindSchema } from "./sections";

export const evidenceSchema = z.object({
  /** The resume line that shows the skill, trimmed to a readable snippet. */
  text: z.string(),
  section: sectionKindSchema.nullable(),
  /** Zero-based line of the normalized text. */
  line: z.number().int().nonnegative(),
});

/**
 * How the resume shows a skill: "used" in described work, only "listed" in a skills list, or "implied" by a
 * narrower skill it does show (deep learning implies machine learning).
 */
export const skillUsageSchema = z.enum(["used", "listed", "implied"]);

export const foundSkillSchema = z.object({
  id: z.string(),
  name: z.string(),
  usage: skillUsageSchema,
  evidence: z.array(evidenceSchema),
  /** The surface forms the text used ("PyTorch", "RAG"). */
  matched: z.array(z.string()),
  /** Found skills that imply this one (rule 5 of docs/labeling.md). */
  impliedBy: z.array(z.string()),
});

export const aspirationSchema = z.object({ id: z.string(), name: z.string(), text: z.string() });

export const skillMatchSchema = z.object({
  skills: z.array(foundSkillSchema),
  aspirations: z.array(aspirationSchema),
  sections: z.array(sectionKindSchema),
});

export type Evidence = z.infer<typeof evidenceSchema>;
export type SkillUsage = z.infer<typeof skillUsageSchema>;
export type FoundSkill = z.infer<typeof foundSkillSchema>;
export type Aspiration = z.infer<typeof aspirationSchema>;
export type SkillMatch = z.infer<typeof skillMatchSchema>;
