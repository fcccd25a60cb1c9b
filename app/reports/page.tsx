import type { Metadata } from "next";
import Link from "next/link";
import { DeletedNotice } from "@/app/_components/deleted-notice";
import { currentOwnerHash, ownerLinkGrants } from "@/app/_server/owner";
import { listReportsForOwner, type OwnedReportRow } from "@/lib/db/reports";
import { formatPercent } from "@/lib/report/format";
import { DeleteForm } from "./[id]/delete-form";
import { TableHead } from "@/app/_components/table-head";

export const metadata: Metadata = { title: "Your reports", robots: { index: false, follow: false } };

const SOURCE_LABELS: Record<string, string> = { pdf: "PDF", docx: "Word document", text: "Pasted text" };

/**
 * Every report this browser owns, newest first, one row per version chain. A device that only opened an owner link
 * sees that one report: the link grants it, not the owner's other reports.
 */
export default async function ReportsPage({ searchParams }: { searchParams: Promise<{ deleted?: string }> }) {
  const { deleted } = await searchParams;
  const ownerSecretHash = await currentOwnerHash();
  const own = ownerSecretHash ? await listReportsForOwner({ ownerSecretHash }) : [];
  const linked: OwnedReportRow[] = [];
  for (const grant of await ownerLinkGrants()) {
    if (own.some((row) => row.id === grant.reportId)) continue;
    linked.push(...(await listReportsForOwner({ ownerSecretHash: grant.ownerSecretHash, onlyId: grant.reportId })));
  }
  const rows = [...own, ...linked].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());

  return (
    <div className="space-y-6">
      <DeletedNotice shown={deleted === "1"} />
      <header className="space-y-1">
        <h1 className="text-2xl font-bold">Your reports</h1>
        <p className="text-slate-700">
          The reports this browser can open. Nobody else sees this list; a report with several versions is one row, by its newest.
        </p>
      </header>
      {rows.length === 0 ? (
        <p className="rounded border border-slate-200 bg-white p-4">
          No reports in this browser yet.{" "}
          <Link href="/" className="font-semibold text-brand underline">
            Upload your resume
          </Link>{" "}
          to get one.
        </p>
      ) : (
        <table className="w-full border-collapse rounded bg-white text-left text-sm">
          <caption className="sr-only">Your reports, newest first</caption>
          <TableHead columns={["Report", "Salary tier", "Market coverage", "Versions", "Delete"]} />
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} className="border-b border-slate-100 align-top" data-testid="report-row">
                <td className="p-2">
                  <Link href={`/reports/${row.id}`} className="font-semibold text-brand underline">
                    {row.createdAt.toLocaleDateString("en-US", { dateStyle: "medium", timeZone: "UTC" })}
                  </Link>
                  <span className="block text-slate-600">{SOURCE_LABELS[row.sourceKind] ?? row.sourceKind}</span>
                </td>
                <td className="p-2">{row.tierLabel}</td>
                <td className="p-2">{formatPercent(row.coverage)}</td>
                <td className="p-2">{row.versions}</td>
                <td className="p-2">
                  <details>
                    <summary className="cursor-pointer text-red-800 underline">Delete…</summary>
                    <div className="mt-2 w-72">
                      <DeleteForm reportId={row.id} returnTo="/reports" />
                    </div>
                  </details>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
