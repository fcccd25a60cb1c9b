import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireCoachOrNotFound } from "@/app/_server/coach";
import { getImportForCoach } from "@/lib/db/imports";
import { isWellFormedToken } from "@/lib/tokens";
import { LiveImportRows } from "../import-rows";
import { importView } from "../view";

export const metadata: Metadata = { title: "Import", robots: { index: false, follow: false } };

/** One past import: every file, what became of it, and the report it made or repeats. */
export default async function ImportDetailPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const coach = await requireCoachOrNotFound();
  if (!isWellFormedToken(id)) notFound();
  const detail = await getImportForCoach({ id, coachId: coach.id });
  if (!detail) notFound();
  const date = `${detail.createdAt.toLocaleString("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" })} UTC`;
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <p>
          <Link href="/coach/import" className="text-sm text-brand underline">
            ← All imports
          </Link>
        </p>
        <h1 className="text-2xl font-bold">Import of {date}</h1>
        <p className="text-sm text-slate-600">
          {detail.fileCount} file{detail.fileCount === 1 ? "" : "s"}, {detail.source === "zip" ? "from one zip" : "chosen one by one"}.
        </p>
      </header>
      <LiveImportRows initial={importView(detail)} />
    </div>
  );
}
