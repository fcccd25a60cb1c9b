"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { FILES_PER_CALL } from "@/lib/coach/import-limits";
import { importFiles, startFileImport } from "./actions";
import { ImportRows, importSummary, useImportView } from "./import-rows";

type Phase = { kind: "idle" } | { kind: "sending" | "reading"; batchId: string } | { kind: "failed"; message: string };

/** Groups files so one call carries at most FILES_PER_CALL files and, beyond its first, `maxBytes` in all. */
function groups<T extends { file: File }>(items: T[], maxBytes: number): T[][] {
  const out: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const item of items) {
    if (current.length > 0 && (current.length >= FILES_PER_CALL || bytes + item.file.size > maxBytes)) {
      out.push(current);
      current = [];
      bytes = 0;
    }
    current.push(item);
    bytes += item.file.size;
  }
  if (current.length > 0) out.push(current);
  return out;
}

/**
 * Bulk intake: many files, or one .zip. Files are sent a few at a time and each is saved as soon as it is read, so
 * closing the tab keeps everything already saved; a zip is unpacked on the server, which carries on without the tab.
 */
export function ImportForm({ maxBytesPerCall, maxFiles }: { maxBytesPerCall: number; maxFiles: number }) {
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [files, setFiles] = useState<File[]>([]);
  const [dragging, setDragging] = useState(false);
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  const batchId = phase.kind === "sending" || phase.kind === "reading" ? phase.batchId : null;
  const view = useImportView(batchId, null);
  const finished = phase.kind === "reading" && view?.done === true;

  useEffect(() => {
    if (finished) router.refresh();
  }, [finished, router]);

  // Files not yet sent live only in this tab: leaving now would drop them (those already sent are saved).
  useEffect(() => {
    if (phase.kind !== "sending") return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [phase.kind]);

  function choose(list: FileList | null) {
    setFiles(list ? Array.from(list) : []);
    setPhase({ kind: "idle" });
  }

  async function importZip(zip: File) {
    const response = await fetch("/coach/import/zip", { method: "POST", body: zip, headers: { "Content-Type": "application/zip" } });
    const body = (await response.json().catch(() => null)) as { batchId?: string; error?: { message: string } } | null;
    if (!response.ok || !body?.batchId) {
      setPhase({ kind: "failed", message: body?.error?.message ?? "The zip could not be sent. Try again." });
      return;
    }
    setPhase({ kind: "reading", batchId: body.batchId });
  }

  async function importEach(chosen: File[]) {
    const start = new FormData();
    for (const file of chosen) {
      start.append("name", file.name);
      start.append("size", String(file.size));
    }
    const started = await startFileImport(null, start);
    if (!started?.ok) {
      setPhase({ kind: "failed", message: started?.message ?? "The import could not start. Try again." });
      return;
    }
    setPhase({ kind: "sending", batchId: started.batchId });
    const queued = started.items.flatMap((item, index) => (item.queued ? [{ id: item.id, file: chosen[index]! }] : []));
    for (const group of groups(queued, maxBytesPerCall)) {
      const body = new FormData();
      for (const item of group) {
        body.append("itemId", item.id);
        body.append("file", item.file);
      }
      // A group that fails in transit leaves its rows queued; the history shows them as interrupted later.
      await importFiles(null, body).catch(() => undefined);
    }
    setPhase({ kind: "reading", batchId: started.batchId });
  }

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (files.length === 0) {
      setPhase({ kind: "failed", message: "Choose resume files, or one .zip of resumes, first." });
      return;
    }
    if (files.length > maxFiles) {
      setPhase({ kind: "failed", message: `Import at most ${maxFiles} files at once; split the rest into another import.` });
      return;
    }
    const only = files.length === 1 ? files[0]! : null;
    if (only && /\.zip$/i.test(only.name)) await importZip(only);
    else await importEach(files);
  }

  const busy = phase.kind === "sending" || (phase.kind === "reading" && !finished);
  const announcement =
    finished && view
      ? `Import finished: ${importSummary(view)}.`
      : busy
        ? `Importing ${files.length === 1 ? "the zip" : `${files.length} files`}…`
        : "";

  return (
    // Dropping files anywhere on the form is a shortcut; the file input is the keyboard and screen-reader way in.
    <form
      onSubmit={submit}
      aria-label="Import resumes"
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(event) => {
        event.preventDefault();
        setDragging(false);
        if (input.current) input.current.files = event.dataTransfer.files;
        choose(event.dataTransfer.files);
      }}
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm"
    >
      <div
        className={`space-y-2 rounded border-2 border-dashed p-6 ${dragging ? "border-brand bg-blue-50" : "border-slate-300"}`}
        data-drop-zone
      >
        <label id="import-files-label" htmlFor="import-files" className="block font-semibold">
          Resume files, or one .zip of them
        </label>
        <p id="import-files-hint" className="text-sm text-slate-600">
          Drop files here or choose them: PDF, Word (.docx) or text, up to {Math.round(maxBytesPerCall / 1024 / 1024)} MB each, at most{" "}
          {maxFiles} at once. Each becomes a report in your workspace, labelled from its file name.
        </p>
        <input
          ref={input}
          id="import-files"
          type="file"
          multiple
          accept=".pdf,.docx,.txt,.zip,application/pdf,application/zip,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain"
          aria-describedby="import-files-hint"
          onChange={(event) => choose(event.currentTarget.files)}
          className="block w-full text-sm file:mr-4 file:rounded file:border-0 file:bg-slate-100 file:px-4 file:py-2"
        />
      </div>
      <button
        type="submit"
        disabled={busy}
        className="rounded bg-brand px-5 py-2.5 font-semibold text-white hover:bg-blue-800 disabled:cursor-wait disabled:opacity-70"
      >
        {busy ? "Importing…" : "Import files"}
      </button>
      <div role="status" aria-live="polite" className="min-h-6 text-sm">
        {phase.kind === "failed" ? (
          <p className="rounded border border-red-200 bg-red-50 p-3 text-red-800">{phase.message}</p>
        ) : (
          announcement
        )}
      </div>
      {view && <ImportRows view={view} />}
      {finished && batchId && (
        <p className="text-sm">
          <Link href={`/coach/import/${batchId}`} className="text-brand underline">
            This import in your history
          </Link>
        </p>
      )}
    </form>
  );
}
