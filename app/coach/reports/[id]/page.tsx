import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ReportView } from "@/app/_components/report-view";
import { requireCoachOrNotFound } from "@/app/_server/coach";
import { clientLabelOrDefault } from "@/lib/coach/dashboard-query";
import { getReportForCoach, listVersionsForCoach } from "@/lib/db/coach-review";
import { listNotesForCoach } from "@/lib/db/notes";
import { formatPercent } from "@/lib/report/format";
import { isWellFormedToken } from "@/lib/tokens";
import { AddNoteForm, EditNoteForm } from "./note-forms";

export const metadata: Metadata = { title: "Client report", robots: { index: false, follow: false } };

const when = (date: Date) => `${date.toLocaleString("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" })} UTC`;

export default async function CoachReportPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const coach = await requireCoachOrNotFound();
  if (!isWellFormedToken(id)) notFound();
  const stored = await getReportForCoach({ id, coachId: coach.id });
  if (!stored) notFound();
  const [versions, notes] = await Promise.all([
    listVersionsForCoach({ id, coachId: coach.id }),
    listNotesForCoach({ reportId: id, coachId: coach.id }),
  ]);
  const label = clientLabelOrDefault(stored.clientLabel, stored.id);

  return (
    <article className="space-y-8">
      <header className="space-y-1">
        <p>
          <Link href="/coach" className="text-sm text-brand underline">
            ← All clients
          </Link>
        </p>
        <h1 className="text-2xl font-bold">{label}</h1>
        <p className="text-sm text-slate-600">
          {stored.createdAt.toLocaleDateString("en-US", { dateStyle: "long" })}
          {!stored.isLatest && " · an earlier version"}
        </p>
      </header>

      <section aria-labelledby="versions-heading" className="space-y-2">
        <h2 id="versions-heading" className="text-xl font-bold">
          Version history ({versions.length})
        </h2>
        <ol className="space-y-1">
          {versions.map((version, index) => (
            <li key={version.id} className="text-sm">
              {version.id === stored.id ? (
                <strong aria-current="page">Version {index + 1}</strong>
              ) : (
                <Link href={`/coach/reports/${version.id}`} className="text-brand underline">
                  Version {index + 1}
                </Link>
              )}{" "}
              · {version.createdAt.toLocaleDateString("en-US", { dateStyle: "medium" })} · coverage {formatPercent(version.coverage)} ·{" "}
              {version.seniority}
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="notes-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="notes-heading" className="text-xl font-bold">
          Your private notes
        </h2>
        <p className="text-sm text-slate-600">Only you see these notes; the client does not.</p>
        <AddNoteForm reportId={stored.id} />
        <ul className="space-y-3">
          {notes.map((note) => (
            <li key={note.id} className="space-y-2 border-t border-slate-200 pt-3" data-note={note.id}>
              <p className="whitespace-pre-wrap">{note.body}</p>
              <p className="text-xs text-slate-500">
                Written {when(note.createdAt)}
                {note.updatedAt > note.createdAt && ` · edited ${when(note.updatedAt)}`}
              </p>
              <EditNoteForm reportId={stored.id} noteId={note.id} body={note.body} />
            </li>
          ))}
        </ul>
      </section>

      <ReportView report={stored.report} />
    </article>
  );
}
