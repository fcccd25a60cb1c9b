"use client";

import { useActionState } from "react";
import { FormError } from "@/app/_components/form-error";
import type { ActionState } from "@/app/_server/action";
import { addNote, editNote, removeNote } from "./actions";

const small = "rounded border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100";

export function AddNoteForm({ reportId }: { reportId: string }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(addNote, null);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="reportId" value={reportId} />
      <label htmlFor="new-note" className="block font-semibold">
        New note
      </label>
      <textarea id="new-note" name="body" rows={3} maxLength={5000} required className="block w-full rounded border border-slate-300 p-2" />
      <FormError error={state?.ok ? null : state} />
      <button type="submit" disabled={pending} className="rounded bg-brand px-4 py-2 font-semibold text-white">
        Add note
      </button>
    </form>
  );
}

export function EditNoteForm({ reportId, noteId, body }: { reportId: string; noteId: string; body: string }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(editNote, null);
  const [deleteState, deleteAction, deleting] = useActionState<ActionState, FormData>(removeNote, null);
  return (
    <div className="space-y-2">
      <details>
        <summary className="cursor-pointer text-sm text-brand underline">Edit</summary>
        <form action={action} className="mt-2 space-y-2">
          <input type="hidden" name="reportId" value={reportId} />
          <input type="hidden" name="noteId" value={noteId} />
          <label htmlFor={`note-${noteId}`} className="sr-only">
            Edit note
          </label>
          <textarea
            id={`note-${noteId}`}
            name="body"
            rows={3}
            maxLength={5000}
            required
            defaultValue={body}
            className="block w-full rounded border border-slate-300 p-2"
          />
          <button type="submit" disabled={pending} className={small}>
            Save note
          </button>
        </form>
      </details>
      <form action={deleteAction}>
        <input type="hidden" name="reportId" value={reportId} />
        <input type="hidden" name="noteId" value={noteId} />
        <button type="submit" disabled={deleting} className={small}>
          Delete note
        </button>
      </form>
      <FormError error={state?.ok === false ? state : deleteState?.ok === false ? deleteState : null} />
    </div>
  );
}
