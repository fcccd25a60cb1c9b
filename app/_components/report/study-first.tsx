import Link from "next/link";
import type { Report } from "@/lib/report/schema";
import { formatPercent } from "@/lib/report/format";

const FIRST = 3;

/**
 * The first screen's third answer — what to study first — in one line: the top missing skills in the snapshot's
 * study order, each linked to its practice topic. The full ranked list follows further down.
 */
export function StudyFirst({ report }: { report: Report }) {
  const first = report.missing.slice(0, FIRST);
  if (first.length === 0) return null;
  return (
    <p className="rounded-lg border border-blue-200 bg-blue-50 p-4" data-testid="study-first">
      <strong>Study first:</strong>{" "}
      {first.map((gap, index) => (
        <span key={gap.id}>
          {index > 0 && ", "}
          {gap.practice ? (
            <Link href={`/practice/${gap.practice.id}`} className="text-brand underline">
              {gap.name}
            </Link>
          ) : (
            gap.name
          )}{" "}
          ({formatPercent(gap.share)} of postings)
        </span>
      ))}
      .{" "}
      <a href="#missing-heading" className="no-print text-brand underline">
        All gaps, ranked
      </a>
    </p>
  );
}
