import { z } from "zod";

export const sourceKindSchema = z.enum(["pdf", "docx", "text"]);
export type SourceKind = z.infer<typeof sourceKindSchema>;

/** What reading the file revealed about how a screening system sees it. */
export const readabilitySchema = z.object({
  source: sourceKindSchema,
  /** How the text was obtained: the PDF's own text layer, OCR of its page images, or the file's text directly. */
  method: z.enum(["text-layer", "ocr", "direct"]),
  pages: z.number().int().nonnegative().nullable(),
  /** Most text columns found on one page; a two-column layout reads as 2. */
  columns: z.number().int().positive(),
  /** Characters that carried no readable text (icon glyphs, replacement characters). */
  unreadableChars: z.number().int().nonnegative(),
  /** Words whose ligature glyph ("fi", "fl") the PDF had dropped and that were restored from the dictionary. */
  ligaturesRepaired: z.number().int().nonnegative().optional(),
  contactDetailsRemoved: z.object({
    emails: z.number().int().nonnegative(),
    phones: z.number().int().nonnegative(),
    urls: z.number().int().nonnegative(),
    addresses: z.number().int().nonnegative(),
  }),
});
export type Readability = z.infer<typeof readabilitySchema>;

/** A resume read into text: contact details already removed; this is the text that is stored and matched. */
export interface ReadResume {
  text: string;
  readability: Readability;
}

/** Text that is already clean (no repair, no contact details), as a ReadResume: for the stages after reading. */
export function pastedResume(text: string): ReadResume {
  return {
    text,
    readability: {
      source: "text",
      method: "direct",
      pages: null,
      columns: 1,
      unreadableChars: 0,
      contactDetailsRemoved: { emails: 0, phones: 0, urls: 0, addresses: 0 },
    },
  };
}
