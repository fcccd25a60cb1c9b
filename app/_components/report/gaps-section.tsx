import Link from "next/link";
import type { Report } from "@/lib/report/schema";
import { formatCount, formatPercent } from "@/lib/report/format";
import { Section } from "./section";

const GROUP_TITLES = {
  "study-first": "Study first",
  framework: "Then the framework layer",
  foundation: "Foundations",
} as const;

/** The missing skills, grouped in the snapshot's study order and ranked by posting share. */
export function GapsSection({ report }: { report: Report }) {
  const groups = (["study-first", "framework", "foundation"] as const)
    .map((group) => ({ group, gaps: report.missing.filter((gap) => gap.group === group) }))
    .filter(({ gaps }) => gaps.length > 0);
  return (
    <Section id="missing" title={`What the market asks for that your resume lacks (${report.missing.length})`}>
      {groups.length === 0 && <p>Your resume shows every skill in this snapshot.</p>}
      <p className="no-print text-sm">
        <Link href="/practice" className="text-brand underline">
          All practice topics
        </Link>
      </p>
      {groups.map(({ group, gaps }) => (
        <div key={group} className="space-y-2">
          <h3 className="font-semibold">{GROUP_TITLES[group]}</h3>
          <ol className="print-columns space-y-2" data-testid={`gaps-${group}`}>
            {gaps.map((gap) => (
              <li key={gap.id} data-gap={gap.id} className="report-card">
                <div className="report-card-head">
                  <span>{gap.name}</span>
                  <span>{`${formatPercent(gap.share)} of postings${gap.count === null ? "" : ` (${formatCount(gap.count)})`}`}</span>
                </div>
                <p>{gap.why}</p>
                {gap.practice && (
                  <Link href={`/practice/${gap.practice.id}`} className="no-print">
                    {`Practice: ${gap.practice.title}`}
                    <span className="sr-only">{` (for ${gap.name})`}</span>
                  </Link>
                )}
              </li>
            ))}
          </ol>
        </div>
      ))}
    </Section>
  );
}
