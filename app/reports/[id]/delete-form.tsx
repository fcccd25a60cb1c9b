"use client";

import { useActionState } from "react";
import { FormError } from "@/app/_components/form-error";
import { SubmitButton } from "@/app/_components/submit-button";
import type { ActionState } from "@/app/_server/action";
import { deleteReport } from "./actions";

/** Deleting asks for a tick first: it cannot be undone, and share links and a coach's access end with it. */
export function DeleteForm({ reportId, returnTo }: { reportId: string; returnTo?: "/reports" }) {
  const [state, formAction] = useActionState<ActionState, FormData>(deleteReport, null);
  const failed = state?.ok === false ? state : null;
  const error = failed?.fieldErrors?.confirm?.[0] ?? failed?.message;
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="reportId" value={reportId} />
      {returnTo && <input type="hidden" name="returnTo" value={returnTo} />}
      <label className="flex items-start gap-2">
        <input type="checkbox" name="confirm" value="delete" className="mt-1" />
        <span>
          Delete this report for good: its text and analysis, its share and private links, and any coach&apos;s access and notes. This
          cannot be undone.
        </span>
      </label>
      <FormError error={error ? { code: failed?.code, message: error } : null} />
      <SubmitButton label="Delete this report" busy="Deleting…" tone="danger" />
    </form>
  );
}
