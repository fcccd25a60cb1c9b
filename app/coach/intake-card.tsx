"use client";

import { useActionState, useState } from "react";
import type { ActionState } from "../_server/action";
import { rotateIntakeLink } from "./actions";

/** The coach's intake link, ready to copy, with the way to retire it. */
export function IntakeCard({ url }: { url: string }) {
  const [state, rotate, pending] = useActionState<ActionState, FormData>(rotateIntakeLink, null);
  const [copied, setCopied] = useState(false);
  return (
    <section aria-labelledby="intake-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="intake-heading" className="text-lg font-bold">
        Your intake link
      </h2>
      <p className="text-sm text-slate-600">
        Send it to your clients: what they upload through it appears here, once they agree to show it to you.
      </p>
      <div className="flex flex-wrap gap-2">
        <label htmlFor="intake-url" className="sr-only">
          Intake link
        </label>
        <input
          id="intake-url"
          readOnly
          value={url}
          className="min-w-0 flex-1 rounded border border-slate-300 bg-slate-50 p-2 font-mono text-sm"
        />
        <button
          type="button"
          className="rounded border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100"
          onClick={async () => {
            await navigator.clipboard.writeText(url).then(
              () => setCopied(true),
              () => setCopied(false),
            );
          }}
        >
          {copied ? "Copied" : "Copy link"}
        </button>
        <form action={rotate}>
          <button type="submit" disabled={pending} className="rounded border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100">
            Replace link
          </button>
        </form>
      </div>
      <div aria-live="polite" role="status" className="text-sm">
        {state?.message}
      </div>
    </section>
  );
}
