import type { Report } from "@/lib/report/schema";
import { COVERAGE_DEFINITION } from "@/lib/report/coverage";
import { formatPercent } from "@/lib/report/format";
import { CARD, Section } from "./section";

/** The one headline coverage figure, its definition, and the top-ten count. */
export function CoverageSection({ report }: { report: Report }) {
  return (
    <Section id="coverage" title="Market coverage" className={CARD}>
      <p className="text-3xl font-bold" data-testid="coverage">
        {formatPercent(report.coverage.score)}
      </p>
      <p className="text-sm text-slate-600">{COVERAGE_DEFINITION}</p>
      <p data-testid="top-skills">
        You show {report.coverage.topFound} of the {report.coverage.topTotal} most requested skills.
      </p>
    </Section>
  );
}
