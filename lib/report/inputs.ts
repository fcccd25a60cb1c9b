import { z } from "zod";
import { TARGET_COUNTRIES, TARGET_INDUSTRIES } from "./target";

/** A pasted posting longer than this is not one job posting. */
export const MAX_POSTING_CHARS = 20_000;

const ids = <T extends readonly { id: string }[]>(list: T) => list.map((item) => item.id) as [T[number]["id"], ...T[number]["id"][]];
const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

export const postingTextSchema = z
  .string({ message: "Paste the text of a job posting." })
  .trim()
  .min(40, { message: "This is too short to be a job posting. Paste the whole posting." })
  .max(MAX_POSTING_CHARS, { message: "This is longer than a job posting usually is. Paste just one posting." });

/** The optional inputs a report takes beside the resume: a target market, the version it replaces, a job posting. */
export const reportInputsSchema = z.object({
  industry: z.preprocess(blankToUndefined, z.enum(ids(TARGET_INDUSTRIES), { message: "Choose an industry from the list." }).optional()),
  country: z.preprocess(blankToUndefined, z.enum(ids(TARGET_COUNTRIES), { message: "Choose a country from the list." }).optional()),
  previousId: z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^[A-Za-z0-9_-]{22,64}$/, { message: "This form expired. Open your report again." })
      .optional(),
  ),
  posting: z.preprocess(blankToUndefined, postingTextSchema.optional()),
});

export type ReportInputs = z.infer<typeof reportInputsSchema>;
