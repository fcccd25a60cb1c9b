"use client";

import { useActionState, useId } from "react";
import { SubmitButton } from "@/app/_components/submit-button";
import type { ActionState } from "@/app/_server/action";
import { createLink, revokeLink } from "./share-actions";
import { CopyField } from "./copy-field";

export interface ActiveLinkView {
  createdAt: string;
  expiresAt: string | null;
  showName: boolean;
}

interface Props {
  reportId: string;
  kind: "share" | "owner";
  active: ActiveLinkView | null;
  displayName: string | null;
  title: string;
  explain: string;
}

/** Create, copy and revoke one kind of link. A new link replaces the working one, which stops at once. */
export function LinkControls({ reportId, kind, active, displayName, title, explain }: Props) {
  // One state for both forms, so a revoke clears the address shown after the last create.
  const [state, dispatch] = useActionState<ActionState<{ url?: string }>, FormData>(
    (previous, formData) => (formData.get("intent") === "revoke" ? revokeLink(previous, formData) : createLink(previous, formData)),
    null,
  );
  const ids = useId();
  const nameError = state?.ok === false ? state.fieldErrors?.displayName?.[0] : undefined;
  const noun = kind === "share" ? "share link" : "private link";

  return (
    <div className="space-y-3 border-t border-slate-200 pt-4" data-link-kind={kind}>
      <h3 className="font-semibold">{title}</h3>
      <p className="text-sm text-slate-600">{explain}</p>
      <p className="text-sm" data-testid={`${kind}-link-status`}>
        {active
          ? `A ${noun} is active: made ${active.createdAt}, ${active.expiresAt ? `expires ${active.expiresAt}` : "never expires"}${kind === "share" ? (active.showName ? ", shows your name" : ", without your name") : ""}.`
          : `No ${noun} is active.`}
      </p>
      {state?.ok && state.url && <CopyField label={`Your new ${noun}`} value={state.url} />}

      <form action={dispatch} className="flex flex-wrap items-end gap-3">
        <input type="hidden" name="reportId" value={reportId} />
        <input type="hidden" name="kind" value={kind} />
        <label className="text-sm">
          <span className="block font-medium">Expires after</span>
          <select
            name="expiry"
            defaultValue="30"
            className="rounded border border-slate-300 px-2 py-1.5"
            aria-label={`${title}: expires after`}
          >
            <option value="7">7 days</option>
            <option value="30">30 days</option>
            <option value="none">Never (until revoked)</option>
          </select>
        </label>
        {kind === "share" && (
          <fieldset className="text-sm">
            <label className="flex items-center gap-2">
              <input type="checkbox" name="showName" />
              Show my name on the shared page
            </label>
            <label className="mt-1 block">
              <span className="sr-only">Name to show</span>
              <input
                name="displayName"
                defaultValue={displayName ?? ""}
                placeholder="Name to show"
                maxLength={60}
                aria-label="Name to show"
                aria-describedby={nameError ? `${ids}-name-error` : undefined}
                className="rounded border border-slate-300 px-2 py-1.5"
              />
            </label>
            {nameError && (
              <p id={`${ids}-name-error`} className="text-red-800">
                {nameError}
              </p>
            )}
          </fieldset>
        )}
        <SubmitButton label={active ? `Replace the ${noun}` : `Create a ${noun}`} busy="Creating…" />
      </form>

      {active && (
        <form action={dispatch}>
          <input type="hidden" name="intent" value="revoke" />
          <input type="hidden" name="reportId" value={reportId} />
          <input type="hidden" name="kind" value={kind} />
          <SubmitButton label={`Revoke the ${noun}`} busy="Revoking…" tone="danger" />
        </form>
      )}
      <p role="status" aria-live="polite" className="text-sm">
        {state?.message}
      </p>
    </div>
  );
}
