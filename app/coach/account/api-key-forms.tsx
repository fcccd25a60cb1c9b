"use client";

import { useActionState, useState } from "react";
import { buttonClass, FormError, inputClass } from "@/app/_components/form-error";
import type { ActionState } from "@/app/_server/action";
import { type CreatedApiKey, createApiKey, revokeApiKey } from "./api-key-actions";

/** Names and makes a key; the new key is shown here once, ready to copy, and never again. */
export function CreateApiKeyForm() {
  const [state, create, pending] = useActionState<ActionState<CreatedApiKey>, FormData>(createApiKey, null);
  const [copied, setCopied] = useState(false);
  const nameError = state && !state.ok ? state.fieldErrors?.name?.[0] : undefined;
  return (
    <div className="space-y-3">
      <form action={create} className="space-y-2" onSubmit={() => setCopied(false)}>
        <label htmlFor="api-key-name" className="block font-semibold">
          Key name
        </label>
        <p id="api-key-name-hint" className="text-sm text-slate-700">
          What will use it, such as &ldquo;CRM import&rdquo;.
        </p>
        <input
          id="api-key-name"
          name="name"
          required
          maxLength={60}
          aria-describedby="api-key-name-hint"
          aria-invalid={nameError ? true : undefined}
          className={inputClass}
        />
        <button type="submit" disabled={pending} className={buttonClass}>
          Create API key
        </button>
      </form>
      {state && !state.ok && <FormError error={state} />}
      <div aria-live="polite" role="status">
        {state?.ok && (
          <div className="space-y-2 rounded border border-green-200 bg-green-50 p-3 text-green-900">
            <p>{state.message}</p>
            <label htmlFor="new-api-key" className="block text-sm font-semibold">
              Your new API key
            </label>
            <div className="flex flex-wrap gap-2">
              <input
                id="new-api-key"
                readOnly
                value={state.key}
                className="min-w-0 flex-1 rounded border border-slate-300 bg-white p-2 font-mono text-sm"
              />
              <button
                type="button"
                className="rounded border border-slate-400 bg-white px-3 py-1.5 text-sm hover:bg-slate-100"
                onClick={() =>
                  navigator.clipboard.writeText(state.key).then(
                    () => setCopied(true),
                    () => setCopied(false),
                  )
                }
              >
                {copied ? "Copied" : "Copy key"}
              </button>
            </div>
          </div>
        )}
      </div>
    </div>
  );
}

/** Revokes one key: the next request with it is refused. */
export function RevokeApiKeyForm({ keyId, name }: { keyId: string; name: string }) {
  const [state, revoke, pending] = useActionState<ActionState, FormData>(revokeApiKey, null);
  return (
    <form action={revoke}>
      <input type="hidden" name="keyId" value={keyId} />
      <button
        type="submit"
        disabled={pending}
        aria-label={`Revoke key ${name}`}
        className="rounded border border-red-300 px-3 py-1.5 text-sm text-red-800 hover:bg-red-50"
      >
        Revoke
      </button>
      <FormError error={state && !state.ok ? state : null} />
    </form>
  );
}
