"use client";

import { useRouter } from "next/navigation";
import { startTransition, useActionState, useEffect, useRef, useState, useTransition } from "react";
import { SubmitButton } from "@/app/_components/submit-button";
import { analyzeResume } from "./actions";
import type { ActionState, OpenResult } from "./_server/action";
import { ReportInputsFields } from "./_components/report-inputs-fields";
import { UploadProgress } from "./_components/upload-progress";

/** The upload form: a file, or pasted text. Errors come back coded and are announced to screen readers. */
export function UploadForm({
  children,
  previous,
  markets,
}: {
  children?: React.ReactNode;
  previous?: { id: string; industry?: string; country?: string };
  /** The public markets a candidate may measure against (newest first); a choice appears when there are several. */
  markets?: { id: string; title: string; postings: number }[];
} = {}) {
  const [state, formAction, analyzing] = useActionState<ActionState<Partial<OpenResult>>, FormData>(analyzeResume, null);
  const failed = state?.ok === false ? state : null;
  // The saved report opens by a client navigation (see openAfterAction); the form stays busy until it has.
  const router = useRouter();
  const [opening, startOpening] = useTransition();
  // Once per answer: a page shown again from the router's cache must not open the report a second time.
  const opened = useRef<ActionState<Partial<OpenResult>>>(null);
  useEffect(() => {
    const href = state?.ok ? state.openHref : undefined;
    if (!href || opened.current === state) return;
    opened.current = state;
    startOpening(() => router.push(href));
  }, [state, router]);
  const pending = analyzing || opening;
  // One key per form: a repeated submit of the same form saves one report. A cancelled upload saved nothing, and
  // its key carries the cancel, so the next try gets a fresh one.
  const [uploadKey, setUploadKey] = useState(() => crypto.randomUUID());
  useEffect(() => {
    if (failed?.code === "cancelled") setUploadKey(crypto.randomUUID());
  }, [failed]);
  const fileError = failed?.fieldErrors?.file?.[0];

  // React empties a form once its action has run, and an upload that fails must not cost the pasted text or the
  // chosen file: the submit starts the action itself. Without JavaScript the form still posts to the action.
  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => formAction(formData));
  }

  return (
    <form action={formAction} onSubmit={submit} className="space-y-6 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <input type="hidden" name="uploadKey" value={uploadKey} />
      <div className="space-y-2">
        <label htmlFor="file" className="block font-semibold">
          Upload your resume
        </label>
        <p id="file-hint" className="text-sm text-slate-600">
          PDF, Word (.docx) or plain text, up to 5 MB. The file itself is not kept.
        </p>
        <input
          id="file"
          name="file"
          type="file"
          accept=".pdf,.docx,.txt,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain"
          aria-describedby="file-hint"
          className="block w-full text-sm file:mr-4 file:rounded file:border-0 file:bg-slate-100 file:px-4 file:py-2"
        />
      </div>
      <div className="space-y-2">
        <label htmlFor="text" className="block font-semibold">
          Or paste your resume text
        </label>
        <textarea
          id="text"
          name="text"
          rows={8}
          className="block w-full rounded border border-slate-300 p-2 font-mono text-sm"
          placeholder="Paste the text of your resume here"
        />
      </div>
      {children}
      {markets && markets.length > 1 && (
        <div className="space-y-1">
          <label htmlFor="snapshotId" className="block text-sm font-medium">
            Market to measure against
          </label>
          <select
            id="snapshotId"
            name="snapshotId"
            defaultValue=""
            className="block w-full rounded border border-slate-300 bg-white p-2 text-sm"
          >
            <option value="">The default: {markets[0]!.title}</option>
            {markets.map((market) => (
              <option key={market.id} value={market.id}>
                {market.title} ({market.postings.toLocaleString("en-US")} postings)
              </option>
            ))}
          </select>
        </div>
      )}
      <ReportInputsFields
        previousReportId={previous?.id}
        industry={previous?.industry}
        country={previous?.country}
        errors={failed?.fieldErrors}
      />
      <div aria-live="polite" role="status" className="min-h-6">
        {failed && (
          <p className="rounded border border-red-200 bg-red-50 p-3 text-red-800" data-error-code={failed.code}>
            {fileError ?? failed.fieldErrors?.previousId?.[0] ?? failed.message}
          </p>
        )}
      </div>
      <UploadProgress uploadKey={uploadKey} pending={pending} />
      <SubmitButton label="Analyze my resume" busy="Analyzing your resume…" />
    </form>
  );
}
