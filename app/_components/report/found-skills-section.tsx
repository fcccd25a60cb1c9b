import type { Report } from "@/lib/report/schema";
import { formatPercent } from "@/lib/report/format";
import { SECTION_LABELS } from "@/lib/skills/sections";
import { Section } from "./section";

const USAGE = { used: "used in work", listed: "listed", implied: "implied" } as const;

/** The skills the resume shows, each with the resume lines that show it. */
export function FoundSkillsSection({ report }: { report: Report }) {
  const skillName = new Map(report.skills.map((skill) => [skill.id, skill.name]));
  return (
    <Section id="found" title={`Skills your resume shows (${report.skills.length})`}>
      {report.skills.length === 0 ? (
        <p>SkillGap found none of the market&apos;s AI skills in this resume.</p>
      ) : (
        <ul className="print-columns space-y-3">
          {report.skills.map((skill) => (
            <li key={skill.id} className="report-card" data-skill={skill.id}>
              <div className="report-card-head">
                <h3>{skill.name}</h3>
                <span>{`${USAGE[skill.usage]}${skill.share === null ? "" : ` · asked for in ${formatPercent(skill.share)} of postings`}`}</span>
              </div>
              {skill.impliedBy.length > 0 && (
                <p className="print-compact text-slate-600">{`Implied by ${skill.impliedBy.map((id) => skillName.get(id) ?? id).join(", ")}`}</p>
              )}
              <ul className={`mt-2 space-y-1 ${skill.usage === "implied" ? "print-compact" : ""}`}>
                {skill.evidence.map((evidence) => (
                  <li key={evidence.line} className="evidence">
                    <q>{evidence.text}</q>
                    {evidence.section && <span className="ml-2 text-slate-600">— {SECTION_LABELS[evidence.section]}</span>}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
