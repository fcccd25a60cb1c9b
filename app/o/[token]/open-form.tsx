"use client";

import { useActionState } from "react";
import { useFormStatus } from "react-dom";
import type { FormState } from "@/app/_server/form-state";
import { openOwnerLink } from "./actions";

function Submit() {
  const { pending } = useFormStatus();
  return (
    <button type="submit" disabled={pending} className="rounded bg-brand px-5 py-2.5 font-semibold text-white hover:bg-blue-800 disabled:opacity-70">
      {pending ? "Opening…" : "Open my report on this device"}
    </button>
  );
}

export function OpenOwnerLinkForm({ token }: { token: string }) {
  const [state, formAction] = useActionState<FormState, FormData>(openOwnerLink, null);
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="token" value={token} />
      <Submit />
      <p role="status" aria-live="polite">
        {state?.message}
      </p>
    </form>
  );
}
