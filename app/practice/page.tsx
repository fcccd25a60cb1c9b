import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { getCurrentSnapshot } from "@/lib/db/snapshots";
import { formatPercent } from "@/lib/report/format";
import { practicePagesOf } from "@/lib/report/practice-content";

export const metadata: Metadata = { title: "Practice topics" };

export default async function PracticeIndexPage() {
  // The areas come from the current snapshot in the database, so this page is rendered per request.
  await connection();
  const snapshot = await getCurrentSnapshot();
  const pages = practicePagesOf(snapshot);
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">Practice topics</h1>
        <p className="max-w-2xl text-slate-700">
          {snapshot.practiceAreas.note ?? "The study areas of the market snapshot, in its order of priority."}
        </p>
      </header>
      <ol className="space-y-3">
        {pages.map((page) => (
          <li key={page.id} className="rounded-lg border border-slate-200 bg-white p-4">
            <h2 className="text-lg font-semibold">
              <Link href={`/practice/${page.id}`} className="text-brand underline">
                {page.priority}. {page.title}
              </Link>
            </h2>
            {page.skills.length > 0 && (
              <p className="text-sm text-slate-600">
                {page.skills.map((skill) => `${skill.name} (${formatPercent(skill.share)} of postings)`).join(" · ")}
              </p>
            )}
            {page.topics.length > 0 && <p className="text-sm text-slate-600">Interview themes: {page.topics.join(", ")}</p>}
          </li>
        ))}
      </ol>
      <p className="text-sm text-slate-600">
        Shares from {snapshot.title} ({snapshot.postings.toLocaleString("en-US")} postings).
      </p>
    </div>
  );
}
