"use client";

import { useActionState } from "react";
import { FormError } from "@/app/_components/form-error";
import type { ActionState } from "@/app/_server/action";
import { attachToCoach, detachFromCoach } from "./coach-actions";

const button = "rounded border border-slate-300 px-3 py-1.5 text-sm font-semibold hover:bg-slate-100";

export function DetachForm({ reportId }: { reportId: string }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(detachFromCoach, null);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="reportId" value={reportId} />
      <button type="submit" disabled={pending} className={button}>
        Detach from coach
      </button>
      <FormError error={state?.ok ? null : state} />
    </form>
  );
}

export function AttachForm({ reportId }: { reportId: string }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(attachToCoach, null);
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="reportId" value={reportId} />
      <div className="space-y-1">
        <label htmlFor="attach-code" className="block text-sm font-semibold">
          Coach&apos;s intake link or code
        </label>
        <input id="attach-code" name="intakeCode" required className="block w-full rounded border border-slate-300 p-2 font-mono text-sm" />
      </div>
      <div className="space-y-1">
        <label htmlFor="attach-label" className="block text-sm font-semibold">
          Your name or a nickname for your coach (optional)
        </label>
        <input id="attach-label" name="clientLabel" maxLength={60} className="block w-full rounded border border-slate-300 p-2" />
      </div>
      <div className="flex items-start gap-2">
        <input id="attach-consent" name="consent" type="checkbox" value="yes" required className="mt-1 h-4 w-4" />
        <label htmlFor="attach-consent" className="text-sm">
          I agree that the coach with this code will see this report and its earlier versions.
        </label>
      </div>
      <FormError error={state?.ok ? null : state} />
      <button type="submit" disabled={pending} className={button}>
        Attach to coach
      </button>
    </form>
  );
}
