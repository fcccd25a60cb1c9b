import type { Metadata } from "next";
import Link from "next/link";
import { requireCoachPage } from "@/app/_server/coach";
import { listImportsForCoach } from "@/lib/db/imports";
import { env } from "@/lib/env";
import { ImportForm } from "./import-form";
import { TableHead } from "@/app/_components/table-head";

export const metadata: Metadata = { title: "Import resumes", robots: { index: false, follow: false } };

const when = (date: Date) => `${date.toLocaleString("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" })} UTC`;

/** Bulk intake and the history of what each import made. */
export default async function ImportPage() {
  const coach = await requireCoachPage("/coach/import");
  const imports = await listImportsForCoach({ coachId: coach.id });
  return (
    <div className="space-y-8">
      <header className="space-y-1">
        <h1 className="text-2xl font-bold">Import resumes</h1>
        <p className="text-slate-600">
          Add many clients at once. Files with the same text as one already in your workspace are reported, not saved twice. The files
          themselves are not kept, and contact details are removed from the labels made from their names.
        </p>
      </header>
      <ImportForm maxBytesPerCall={env.MAX_UPLOAD_BYTES} maxFiles={env.IMPORT_MAX_FILES} />
      <section aria-labelledby="history-heading" className="space-y-3">
        <h2 id="history-heading" className="text-xl font-bold">
          Past imports
        </h2>
        {imports.length === 0 ? (
          <p className="text-slate-600">No imports yet.</p>
        ) : (
          <table className="w-full border-collapse text-left text-sm">
            <TableHead
              columns={[
                "When",
                { label: "Files", numeric: true },
                { label: "Saved", numeric: true },
                { label: "Duplicates", numeric: true },
                { label: "Failed", numeric: true },
              ]}
              className="py-2 pr-4"
            />
            <tbody>
              {imports.map((batch) => (
                <tr key={batch.id} className="border-b border-slate-200" data-import-history>
                  <th scope="row" className="py-2 pr-4 font-medium">
                    <Link href={`/coach/import/${batch.id}`} className="text-brand underline">
                      {when(batch.createdAt)}
                    </Link>
                    <span className="ml-2 text-slate-600">{batch.source === "zip" ? "zip" : "files"}</span>
                  </th>
                  <td className="py-2 pr-4 text-right">{batch.fileCount}</td>
                  <td className="py-2 pr-4 text-right">{batch.counts.saved}</td>
                  <td className="py-2 pr-4 text-right">{batch.counts.duplicate}</td>
                  <td className="py-2 pr-4 text-right">{batch.counts.failed}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
