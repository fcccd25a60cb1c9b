"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import type { ImportView } from "./view";

const POLL_MS = 1000;

/** The import's rows, polled from its status route until every file has an outcome. */
export function useImportView(batchId: string | null, initial: ImportView | null, active = true): ImportView | null {
  const [view, setView] = useState(initial);
  useEffect(() => {
    if (!batchId || !active) return;
    let stopped = false;
    const poll = async () => {
      const response = await fetch(`/coach/import/${batchId}/status`, { cache: "no-store" }).catch(() => null);
      if (stopped || !response?.ok) return;
      const next = (await response.json()) as ImportView;
      if (stopped) return;
      setView(next);
      if (next.done) clearInterval(timer);
    };
    const timer = setInterval(poll, POLL_MS);
    void poll();
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [batchId, active]);
  return view;
}

export function importSummary(view: ImportView): string {
  const count = (status: string) => view.rows.filter((row) => row.status === status).length;
  const failed = count("failed") + count("interrupted");
  const duplicates = count("duplicate");
  return `${count("saved")} saved, ${duplicates} duplicate${duplicates === 1 ? "" : "s"}, ${failed} failed`;
}

const TONE: Record<string, string> = {
  saved: "text-green-800",
  duplicate: "text-amber-800",
  failed: "text-red-800",
  interrupted: "text-red-800",
};

/** One row per file: its label, its state in words (errors say what to do), and what it made. */
export function ImportRows({ view }: { view: ImportView }) {
  return (
    <table className="w-full border-collapse text-left text-sm">
      <caption className="sr-only">Files in this import</caption>
      <thead>
        <tr className="border-b border-slate-300">
          <th scope="col" className="py-2 pr-4">
            Client label (from the file name)
          </th>
          <th scope="col" className="py-2 pr-4">
            Status
          </th>
          <th scope="col" className="py-2">
            Report
          </th>
        </tr>
      </thead>
      <tbody>
        {view.rows.map((row) => (
          <tr key={row.id} className="border-b border-slate-200 align-top" data-import-row data-status={row.status}>
            <th scope="row" className="py-2 pr-4 font-medium">
              {row.label}
            </th>
            <td className={`py-2 pr-4 ${TONE[row.status] ?? "text-slate-700"}`}>
              {row.sentence}
              {row.errorCode && <span className="ml-1 font-mono text-xs text-slate-600">({row.errorCode})</span>}
            </td>
            <td className="py-2">
              {row.reportId && (
                <Link href={`/coach/reports/${row.reportId}`} className="text-brand underline">
                  Open report<span className="sr-only"> for {row.label}</span>
                </Link>
              )}
              {row.duplicateOfId && (
                <Link href={`/coach/reports/${row.duplicateOfId}`} className="text-brand underline">
                  Existing report<span className="sr-only"> that {row.label} repeats</span>
                </Link>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** An import's page: its rows, kept live while any file is still being read. */
export function LiveImportRows({ initial }: { initial: ImportView }) {
  const view = useImportView(initial.id, initial, !initial.done) ?? initial;
  return (
    <div className="space-y-3">
      <p role="status" aria-live="polite" className="text-sm text-slate-700">
        {view.done ? `Finished: ${importSummary(view)}.` : "Still importing: this page updates as each file is read."}
      </p>
      <ImportRows view={view} />
    </div>
  );
}
