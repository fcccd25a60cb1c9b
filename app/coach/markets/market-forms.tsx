"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";
import { inputClass } from "@/app/_components/form-error";
import { SubmitButton } from "@/app/_components/submit-button";
import type { ActionState } from "@/app/_server/action";
import { buildMarket, chooseMarket } from "./actions";

function Result({ state }: { state: ActionState }) {
  return (
    <div aria-live="polite" role="status" className="min-h-6">
      {state && (
        <p
          className={
            state.ok
              ? "rounded border border-green-200 bg-green-50 p-3 text-green-900"
              : "rounded border border-red-200 bg-red-50 p-3 text-red-800"
          }
          data-error-code={state.ok ? undefined : state.code}
        >
          {state.ok ? state.message : (Object.values(state.fieldErrors ?? {}).flat()[0] ?? state.message)}
        </p>
      )}
    </div>
  );
}

/** Upload a .zip or CSV of postings to count into a new market. */
export function BuildMarketForm() {
  const [state, formAction] = useActionState(buildMarket, null);
  return (
    <form action={formAction} className="space-y-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <h2 className="text-xl font-bold">Build a market from your postings</h2>
      <div className="space-y-1">
        <label htmlFor="market-title" className="block font-semibold">
          Title
        </label>
        <input id="market-title" name="title" required placeholder="AI Engineer postings, Berlin, October 2026" className={inputClass} />
      </div>
      <div className="space-y-1">
        <label htmlFor="market-file" className="block font-semibold">
          Postings file
        </label>
        <p id="market-file-hint" className="text-sm text-slate-600">
          A .zip of posting files (.txt, .pdf, .docx, .html), or a .csv or .jsonl export with a text (or description) column and, if you
          have them, title, location, seniority, salary and date columns. Up to 5 MB.
        </p>
        <input
          id="market-file"
          name="file"
          type="file"
          required
          accept=".zip,.csv,.jsonl,.ndjson,application/zip,text/csv"
          aria-describedby="market-file-hint"
          className="block w-full text-sm file:mr-4 file:rounded file:border-0 file:bg-slate-100 file:px-4 file:py-2"
        />
      </div>
      <Result state={state} />
      <SubmitButton label="Build market" busy="Uploading…" />
    </form>
  );
}

/** Choose the market the coach's clients' new reports are measured against. */
export function ChooseMarketForm({ options, chosen }: { options: { id: string; label: string }[]; chosen: string | null }) {
  const [state, formAction] = useActionState(chooseMarket, null);
  return (
    <form action={formAction} className="space-y-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <h2 className="text-xl font-bold">Your clients&rsquo; market</h2>
      <div className="space-y-1">
        <label htmlFor="snapshotId" className="block font-semibold">
          New reports from your clients are measured against
        </label>
        <select id="snapshotId" name="snapshotId" defaultValue={chosen ?? ""} className={inputClass}>
          <option value="">The newest public market</option>
          {options.map((option) => (
            <option key={option.id} value={option.id}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      <Result state={state} />
      <SubmitButton label="Use this market" busy="Saving…" />
    </form>
  );
}

/** While a build runs, the page re-reads its progress every second and a half. */
export function RefreshWhileRunning({ running }: { running: boolean }) {
  const router = useRouter();
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => router.refresh(), 1_500);
    return () => clearInterval(timer);
  }, [running, router]);
  return null;
}
