"use client";

import { useActionState } from "react";
import { useFormStatus } from "react-dom";
import type { FormState } from "@/app/_server/form-state";
import { compareWithJobPosting } from "./actions";

function SubmitButton() {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-blue-800 focus-visible:outline-2 focus-visible:outline-offset-2 disabled:cursor-wait disabled:opacity-70"
    >
      {pending ? "Comparing…" : "Compare with this posting"}
    </button>
  );
}

/** Paste one job posting; the report gains a section comparing it with the resume. */
export function PostingForm({ reportId }: { reportId: string }) {
  const [state, formAction] = useActionState<FormState, FormData>(compareWithJobPosting.bind(null, reportId), null);
  const error = state?.fieldErrors?.posting?.[0] ?? state?.message;
  return (
    <form action={formAction} className="space-y-3">
      <label htmlFor="posting" className="block font-semibold">
        Paste a job posting
      </label>
      <p id="posting-hint" className="text-sm text-slate-600">
        SkillGap lists the skills it asks for and which of them your resume shows. Pasting another posting replaces
        this one.
      </p>
      <textarea
        id="posting"
        name="posting"
        rows={6}
        required
        aria-describedby="posting-hint"
        className="block w-full rounded border border-slate-300 p-2 text-sm"
      />
      <div aria-live="polite" role="status" className="min-h-6">
        {error && (
          <p className="rounded border border-red-200 bg-red-50 p-3 text-red-800" data-error-code={state?.code}>
            {error}
          </p>
        )}
      </div>
      <SubmitButton />
    </form>
  );
}
