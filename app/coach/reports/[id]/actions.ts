"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { coachAction, NOT_FOUND, reportIdField } from "@/app/_server/action";
import { createNote, deleteNote, updateNote } from "@/lib/db/notes";
import { FIELD_ERRORS } from "@/lib/errors";

const body = z
  .string({ message: FIELD_ERRORS["note-empty"] })
  .trim()
  .min(1, { message: FIELD_ERRORS["note-empty"] })
  .max(5000, { message: FIELD_ERRORS["note-too-long"] });
const addSchema = z.object({ reportId: reportIdField, body });
const editSchema = z.object({ reportId: reportIdField, noteId: reportIdField, body });
const deleteSchema = z.object({ reportId: reportIdField, noteId: reportIdField });

// Signed out, another coach's report, a detached report or a made-up id all get the same not-found.

export const addNote = coachAction(addSchema, async function addNote({ reportId, body: text }, coach) {
  const id = await createNote({ reportId, coachId: coach.id, body: text });
  if (!id) return NOT_FOUND;
  revalidatePath(`/coach/reports/${reportId}`);
  return { ok: true, message: "Note saved." };
});

export const editNote = coachAction(editSchema, async function editNote({ reportId, noteId, body: text }, coach) {
  if (!(await updateNote({ id: noteId, reportId, coachId: coach.id, body: text }))) return NOT_FOUND;
  revalidatePath(`/coach/reports/${reportId}`);
  return { ok: true, message: "Note updated." };
});

export const removeNote = coachAction(deleteSchema, async function removeNote({ reportId, noteId }, coach) {
  if (!(await deleteNote({ id: noteId, reportId, coachId: coach.id }))) return NOT_FOUND;
  revalidatePath(`/coach/reports/${reportId}`);
  return { ok: true, message: "Note deleted." };
});
