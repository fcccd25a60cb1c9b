import Link from "next/link";
import { clientLabelOrDefault } from "@/lib/coach/dashboard-query";
import type { DashboardRow } from "@/lib/db/coach-reports";
import { formatPercent } from "@/lib/report/format";
import { TableHead } from "@/app/_components/table-head";

export function DashboardTable({ rows }: { rows: DashboardRow[] }) {
  if (rows.length === 0) {
    return (
      <p className="rounded border border-slate-200 bg-white p-4">
        No client reports match. Send your intake link to a client, or clear the filters.
      </p>
    );
  }
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse bg-white text-sm">
        <caption className="sr-only">Your clients&apos; reports</caption>
        <TableHead columns={["Client", "Date", "Tier", "Coverage", "Level", "Top missing skills"]} />
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-slate-200" data-report-row={row.id}>
              <th scope="row" className="p-2 text-left font-semibold">
                <Link href={`/coach/reports/${row.id}`} className="text-brand underline">
                  {clientLabelOrDefault(row.clientLabel, row.id)}
                </Link>
                {!row.isLatest && <span className="ml-2 text-xs text-slate-500">(earlier version)</span>}
              </th>
              <td className="p-2">
                <time dateTime={row.createdAt.toISOString()}>{row.createdAt.toLocaleDateString("en-US", { dateStyle: "medium" })}</time>
              </td>
              <td className="p-2">{row.tierLabel}</td>
              <td className="p-2" data-coverage={row.coverage}>
                {formatPercent(row.coverage)}
              </td>
              <td className="p-2">{row.seniority}</td>
              <td className="p-2">{row.topMissing.join(", ") || "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
