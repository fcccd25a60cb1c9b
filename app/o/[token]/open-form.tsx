"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/app/_components/submit-button";
import type { ActionState } from "@/app/_server/action";
import { openOwnerLink } from "./actions";

export function OpenOwnerLinkForm({ token }: { token: string }) {
  const [state, formAction] = useActionState<ActionState, FormData>(openOwnerLink, null);
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="token" value={token} />
      <SubmitButton label="Open my report on this device" busy="Opening…" />
      <p role="status" aria-live="polite">
        {state?.message}
      </p>
    </form>
  );
}
