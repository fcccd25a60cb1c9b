"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { currentCoach } from "@/app/_server/coach";
import type { FormState } from "@/app/_server/form-state";
import { createNote, deleteNote, updateNote } from "@/lib/db/notes";
import { isWellFormedToken } from "@/lib/tokens";

const token = z.string().refine(isWellFormedToken);
const body = z.string().trim().min(1, { message: "Write something first." }).max(5000, { message: "Keep a note under 5,000 characters." });
const addSchema = z.object({ reportId: token, body });
const editSchema = z.object({ reportId: token, noteId: token, body });
const deleteSchema = z.object({ reportId: token, noteId: token });

/** Signed out, another coach's report, a detached report or a made-up id all get the same answer. */
const NOT_FOUND: FormState = {
  code: "not-found",
  message: "This report is not available to you. It may have been detached by the client.",
};

function fields(formData: FormData, names: string[]) {
  return Object.fromEntries(names.map((name) => [name, formData.get(name) ?? undefined]));
}

function invalid(error: z.ZodError): FormState {
  const fieldErrors = z.flattenError(error).fieldErrors as Record<string, string[] | undefined>;
  if (fieldErrors.reportId || fieldErrors.noteId) return NOT_FOUND;
  return { code: "invalid-input", message: fieldErrors.body?.[0] ?? "Check the note.", fieldErrors };
}

export async function addNote(_state: FormState, formData: FormData): Promise<FormState> {
  const coach = await currentCoach();
  if (!coach) return NOT_FOUND;
  const parsed = addSchema.safeParse(fields(formData, ["reportId", "body"]));
  if (!parsed.success) return invalid(parsed.error);
  const id = await createNote({ reportId: parsed.data.reportId, coachId: coach.id, body: parsed.data.body });
  if (!id) return NOT_FOUND;
  revalidatePath(`/coach/reports/${parsed.data.reportId}`);
  return { code: "saved", message: "Note saved." };
}

export async function editNote(_state: FormState, formData: FormData): Promise<FormState> {
  const coach = await currentCoach();
  if (!coach) return NOT_FOUND;
  const parsed = editSchema.safeParse(fields(formData, ["reportId", "noteId", "body"]));
  if (!parsed.success) return invalid(parsed.error);
  const { reportId, noteId, body: text } = parsed.data;
  if (!(await updateNote({ id: noteId, reportId, coachId: coach.id, body: text }))) return NOT_FOUND;
  revalidatePath(`/coach/reports/${reportId}`);
  return { code: "saved", message: "Note updated." };
}

export async function removeNote(_state: FormState, formData: FormData): Promise<FormState> {
  const coach = await currentCoach();
  if (!coach) return NOT_FOUND;
  const parsed = deleteSchema.safeParse(fields(formData, ["reportId", "noteId"]));
  if (!parsed.success) return invalid(parsed.error);
  if (!(await deleteNote({ id: parsed.data.noteId, reportId: parsed.data.reportId, coachId: coach.id }))) return NOT_FOUND;
  revalidatePath(`/coach/reports/${parsed.data.reportId}`);
  return { code: "deleted", message: "Note deleted." };
}
