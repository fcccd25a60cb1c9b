import { z } from "zod";

/** What the owner may choose for a link's lifetime: a week, a month, or until revoked. */
export const expiryChoiceSchema = z.enum(["7", "30", "none"]);
export type ExpiryChoice = z.infer<typeof expiryChoiceSchema>;

export const linkKindSchema = z.enum(["share", "owner"]);
/** "share": read-only, for anyone holding it. "owner": opens the owner's own view, with its controls, elsewhere. */
export type LinkKind = z.infer<typeof linkKindSchema>;

const DAY_MS = 24 * 60 * 60 * 1000;

/** The moment a link chosen now stops working, or null when it lasts until revoked. */
export function expiryFromChoice(choice: ExpiryChoice, now: Date): Date | null {
  return choice === "none" ? null : new Date(now.getTime() + Number(choice) * DAY_MS);
}
