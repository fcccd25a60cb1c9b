import type { Report } from "@/lib/report/schema";
import { readabilityFindings } from "@/lib/report/findings";

/** "How a screening system reads your resume": what reading the file revealed, each with one line of advice. */
export function ReadabilitySection({ report }: { report: Report }) {
  const findings = readabilityFindings(report.readability, report.sections);
  return (
    <section aria-labelledby="readability-heading" className="space-y-3" data-testid="readability">
      <h2 id="readability-heading" className="text-xl font-bold">
        How a screening system reads your resume
      </h2>
      <ul className="space-y-2">
        {findings.map((finding) => (
          <li key={finding.id} data-finding={finding.id} data-status={finding.status} className="finding">
            <p>
              <span aria-hidden="true">{finding.status === "good" ? "✓ " : "! "}</span>
              <span className="sr-only">{finding.status === "good" ? "Fine: " : "Check: "}</span>
              {finding.title}
            </p>
            <p className="text-slate-700">{finding.detail}</p>
            <p>
              <strong>Advice:</strong> {finding.advice}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
