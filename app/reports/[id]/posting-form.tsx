"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/app/_components/submit-button";
import type { ActionState } from "@/app/_server/action";
import { compareWithJobPosting } from "./actions";

/** Paste one job posting; the report gains a section comparing it with the resume. */
export function PostingForm({ reportId }: { reportId: string }) {
  const [state, formAction] = useActionState<ActionState, FormData>(compareWithJobPosting, null);
  const failed = state?.ok === false ? state : null;
  const error = failed?.fieldErrors?.posting?.[0] ?? failed?.message;
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="reportId" value={reportId} />
      <label htmlFor="posting" className="block font-semibold">
        Paste a job posting
      </label>
      <p id="posting-hint" className="text-sm text-slate-600">
        SkillGap lists the skills it asks for and which of them your resume shows. Pasting another posting replaces this one.
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
          <p className="rounded border border-red-200 bg-red-50 p-3 text-red-800" data-error-code={failed?.code}>
            {error}
          </p>
        )}
      </div>
      <SubmitButton label="Compare with this posting" busy="Comparing…" />
    </form>
  );
}
