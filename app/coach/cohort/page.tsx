import type { Metadata } from "next";
import { requireCoachPage } from "@/app/_server/coach";
import { type CountShare, summarizeCohort } from "@/lib/coach/cohort";
import { COHORT_CLIENT_LIMIT, listCohortReportsForCoach } from "@/lib/db/coach-cohort";
import { formatCount, formatPercent } from "@/lib/report/format";
import { seniorityLevelSchema } from "@/lib/report/seniority";
import { BarChart, CountTable, ProgressChart } from "./charts";
import { TableHead } from "@/app/_components/table-head";

export const metadata: Metadata = { title: "Your cohort", robots: { index: false, follow: false } };

const MISSING_SHOWN = 10;

/** One count of the cohort, as a chart and as the table a screen reader reads; the chart's title defaults to the caption. */
function Distribution({
  id,
  heading,
  chartTitle,
  caption,
  nameHeader,
  items,
}: {
  id: string;
  heading: string;
  chartTitle?: string;
  caption: string;
  nameHeader: string;
  items: CountShare[];
}) {
  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-3">
      <h2 id={`${id}-heading`} className="text-xl font-bold">
        {heading}
      </h2>
      <BarChart id={`${id}-chart`} title={chartTitle ?? caption} items={items} />
      <CountTable caption={caption} nameHeader={nameHeader} items={items} />
    </section>
  );
}

export default async function CohortPage() {
  const coach = await requireCoachPage("/coach/cohort");
  const { reports, capped } = await listCohortReportsForCoach({ coachId: coach.id });
  const cohort = summarizeCohort(reports, { levels: seniorityLevelSchema.options });

  if (cohort.clients === 0) {
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-bold">Your cohort</h1>
        <p>No client has shared a report with you yet. Send them your intake link from the Clients page.</p>
      </div>
    );
  }
  const missing = cohort.missing.slice(0, MISSING_SHOWN);
  return (
    <div className="space-y-10">
      <header className="space-y-1">
        <h1 className="text-2xl font-bold">Your cohort</h1>
        <p className="text-slate-700">
          {formatCount(cohort.clients)} clients, each counted once by their latest report
          {capped && ` (the ${formatCount(COHORT_CLIENT_LIMIT)} most recent)`}.
        </p>
      </header>

      <Distribution
        id="missing"
        heading="Most common missing skills"
        chartTitle="Most common missing skills: clients lacking each"
        caption="Clients whose latest report lacks each skill"
        nameHeader="Skill"
        items={missing}
      />
      <Distribution id="tier" heading="Tier distribution" caption="Clients per salary tier" nameHeader="Tier" items={cohort.tiers} />
      <Distribution
        id="level"
        heading="Level distribution"
        caption="Clients per estimated level"
        nameHeader="Level"
        items={cohort.levels}
      />

      <section aria-labelledby="progress-heading" className="space-y-3">
        <h2 id="progress-heading" className="text-xl font-bold">
          Coverage over time
        </h2>
        {cohort.progress.length === 0 ? (
          <p>No client has uploaded a second version yet: progress shows once one does.</p>
        ) : (
          <>
            <ProgressChart title="Market coverage per version, for clients with several versions" clients={cohort.progress.slice(0, 8)} />
            <table className="w-full max-w-2xl border-collapse bg-white text-sm">
              <caption className="py-1 text-left text-sm text-slate-600">Coverage of each version, oldest first</caption>
              <TableHead columns={["Client", "Versions"]} />
              <tbody>
                {cohort.progress.map((client) => (
                  <tr key={client.id} className="border-b border-slate-200">
                    <th scope="row" className="p-2 text-left font-normal">
                      {client.label}
                    </th>
                    <td className="p-2">
                      {client.points
                        .map((point) => `${point.date.toISOString().slice(0, 10)}: ${formatPercent(point.coverage)}`)
                        .join(" → ")}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </section>
    </div>
  );
}
