/**
 * What every form's server action returns: a coded message for the whole form and messages per field.
 * It never carries the submitted values back.
 */
export type FormState = {
  code?: string;
  message?: string;
  fieldErrors?: Record<string, string[] | undefined>;
} | null;
