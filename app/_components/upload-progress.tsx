"use client";

import { useEffect, useState } from "react";

interface Progress {
  stage: string;
  page: number | null;
  pages: number | null;
}

const POLL_MS = 1000;

/**
 * A sentence for the stage; it changes at most once per OCR page, so a screen reader is not talked over. An upload
 * with no progress told yet is reading (lib/db/upload-progress.ts writes a row only for OCR pages or a cancel).
 */
export function progressSentence(progress: Progress | null, cancelling: boolean): string {
  if (cancelling) return "Cancelling…";
  if (progress?.stage === "ocr") {
    if (!progress.page || !progress.pages) return "This PDF is a scan: preparing its pages for OCR…";
    return `Reading page ${progress.page} of ${progress.pages} by OCR`;
  }
  return "Reading your file…";
}

/**
 * While an upload runs: what it is doing, polled from /upload-progress/<key> (kept in the database, so any app
 * instance answers), and a button that cancels it there.
 */
export function UploadProgress({ uploadKey, pending }: { uploadKey: string; pending: boolean }) {
  const [progress, setProgress] = useState<Progress | null>(null);
  const [cancelling, setCancelling] = useState(false);

  useEffect(() => {
    if (!pending) {
      setProgress(null);
      setCancelling(false);
      return;
    }
    let stopped = false;
    const poll = async () => {
      const response = await fetch(`/upload-progress/${uploadKey}`, { cache: "no-store" }).catch(() => null);
      if (stopped || !response?.ok) return;
      const body = (await response.json()) as Progress;
      if (!stopped) setProgress({ stage: body.stage, page: body.page, pages: body.pages });
    };
    const timer = setInterval(poll, POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [pending, uploadKey]);

  async function cancel() {
    setCancelling(true);
    await fetch(`/upload-progress/${uploadKey}`, { method: "POST" }).catch(() => undefined);
  }

  const sentence = pending ? progressSentence(progress, cancelling) : "";
  return (
    <div className="flex min-h-6 flex-wrap items-center gap-4">
      {/* A live region of its own, not a second role="status": the form's status region holds its errors. */}
      <p aria-live="polite" className="text-sm text-slate-700" data-upload-progress>
        {sentence}
      </p>
      {pending && (
        <button
          type="button"
          onClick={cancel}
          disabled={cancelling}
          className="rounded border border-slate-400 px-4 py-2 text-sm font-semibold hover:bg-slate-100 disabled:opacity-70"
        >
          Cancel upload
        </button>
      )}
    </div>
  );
}
