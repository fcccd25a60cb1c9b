import { z } from "zod";
import { CLIENT_LABEL_MAX } from "@/app/intake/assignment";
import { postingTextSchema } from "@/lib/report/inputs";
import { reportSchema } from "@/lib/report/schema";
import { TARGET_COUNTRIES, TARGET_INDUSTRIES } from "@/lib/report/target";
import { postingSkillSchema } from "@/lib/skills/posting";

/**
 * What the HTTP API accepts and answers, as zod schemas: the routes parse with them and the OpenAPI document is
 * generated from them, so the document cannot drift from what the routes do. Requests are strict objects: a
 * misspelt field is refused rather than silently ignored.
 */
const ids = <T extends readonly { id: string }[]>(list: T) => list.map((item) => item.id) as [T[number]["id"], ...T[number]["id"][]];

export const industrySchema = z
  .enum(ids(TARGET_INDUSTRIES), { message: `industry must be one of: ${ids(TARGET_INDUSTRIES).join(", ")}.` })
  .describe("An industry to compare against; the report then carries the snapshot's figures for it.");
export const countrySchema = z
  .enum(ids(TARGET_COUNTRIES), { message: `country must be one of: ${ids(TARGET_COUNTRIES).join(", ")}.` })
  .describe("A country to compare against (ISO 3166 code).");

const resumeTextSchema = z
  .string({ message: 'Send the resume\'s text as "text", or send a file as multipart form data.' })
  .describe("The resume's plain text. Contact details are removed before it is analyzed.");
const postingSchema = postingTextSchema.describe("A job posting's text, to compare the resume with (40 to 20,000 characters).");
const fileMessage = { message: "Send the file itself as a multipart file part (curl -F file=@resume.pdf), not its name." };
const resumeFileSchema = z.file(fileMessage).describe("The resume: a PDF, a Word document (.docx) or a plain-text file, at most 5 MB.");
const clientLabelSchema = z
  .string({ message: "Send clientLabel: the name or nickname your client appears under on your dashboard." })
  .trim()
  .min(1, { message: "clientLabel must not be blank." })
  .max(CLIENT_LABEL_MAX, { message: `Keep clientLabel under ${CLIENT_LABEL_MAX} characters.` })
  .describe("The name or nickname the client appears under on the coach's dashboard.");

export const analyzeJsonSchema = z
  .strictObject({
    text: resumeTextSchema,
    posting: postingSchema.optional(),
    target: z.strictObject({ industry: industrySchema.optional(), country: countrySchema.optional() }).optional(),
  })
  .meta({ title: "AnalyzeRequest" });

/** Multipart requests carry the target as flat fields, as an HTML form would. */
export const analyzeMultipartSchema = z
  .strictObject({
    file: resumeFileSchema.optional(),
    text: resumeTextSchema.optional(),
    posting: postingSchema.optional(),
    industry: industrySchema.optional(),
    country: countrySchema.optional(),
  })
  .refine((input) => Boolean(input.file) !== Boolean(input.text), {
    message: 'Send the resume as "file" or as "text", one of the two.',
    path: ["file"],
  })
  .meta({ title: "AnalyzeForm", description: 'Send "file" or "text", one of the two.' });

export const saveReportJsonSchema = analyzeJsonSchema.extend({ clientLabel: clientLabelSchema }).meta({ title: "SaveReportRequest" });
export const saveReportMultipartSchema = z
  .strictObject({ ...analyzeMultipartSchema.shape, clientLabel: clientLabelSchema })
  .refine((input) => Boolean(input.file) !== Boolean(input.text), {
    message: 'Send the resume as "file" or as "text", one of the two.',
    path: ["file"],
  })
  .meta({ title: "SaveReportForm", description: 'Send "file" or "text", one of the two.' });

const postingBodyText = postingTextSchema.describe("The job posting's text (40 to 20,000 characters).");
export const postingJsonSchema = z.strictObject({ text: postingBodyText }).meta({ title: "PostingRequest" });
export const postingMultipartSchema = z
  .strictObject({
    file: z.file(fileMessage).describe("The posting as a PDF, a Word document (.docx) or a plain-text file.").optional(),
    text: postingBodyText.optional(),
  })
  .refine((input) => Boolean(input.file) !== Boolean(input.text), {
    message: 'Send the posting as "file" or as "text", one of the two.',
    path: ["file"],
  })
  .meta({ title: "PostingForm", description: 'Send "file" or "text", one of the two.' });

export const postingAnalysisSchema = z
  .object({ skills: z.array(postingSkillSchema).describe("The skills the posting asks for, required ones first.") })
  .meta({ title: "PostingAnalysis" });

export const savedReportSchema = z
  .object({
    id: z.string().describe("The report's id."),
    url: z.url().describe("Where the coach reads the report."),
  })
  .meta({ title: "SavedReport" });

export { reportSchema };
