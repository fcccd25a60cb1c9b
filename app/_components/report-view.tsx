import Link from "next/link";
import type { Report } from "@/lib/report/schema";
import { COVERAGE_DEFINITION } from "@/lib/report/coverage";
import { formatCount, formatPercent, formatUsd } from "@/lib/report/format";
import { ReadabilitySection } from "./readability-section";
import { AspirationsSection } from "./aspirations-section";

const SECTION_NAMES: Record<string, string> = {
  summary: "Summary",
  experience: "Experience",
  projects: "Projects",
  education: "Education",
  skills: "Skills",
  publications: "Publications",
  certifications: "Certifications",
  other: "Other",
};

const GROUP_TITLES = {
  "study-first": "Study first",
  framework: "Then the framework layer",
  foundation: "Foundations",
} as const;

/** The report itself, as every reader sees it: the owner, their coach, or anyone with a share link. */
export function ReportView({ report }: { report: Report }) {
  const skillName = new Map(report.skills.map((skill) => [skill.id, skill.name]));
  return (
    <div className="space-y-10">
      <TierSection report={report} />
      <section aria-labelledby="coverage-heading" className="space-y-2">
        <h2 id="coverage-heading" className="text-xl font-bold">
          Market coverage
        </h2>
        <p className="text-3xl font-bold" data-testid="coverage">
          {formatPercent(report.coverage.score)}
        </p>
        <p className="text-sm text-slate-600">{COVERAGE_DEFINITION}</p>
        <p>
          You show {report.coverage.topFound} of the {report.coverage.topTotal} most requested skills.
        </p>
        <p>
          Estimated level: <strong>{report.seniority.level}</strong>. {report.seniority.reason}
        </p>
      </section>

      <section aria-labelledby="found-heading" className="space-y-3">
        <h2 id="found-heading" className="text-xl font-bold">
          Skills your resume shows ({report.skills.length})
        </h2>
        {report.skills.length === 0 ? (
          <p>SkillGap found none of the market&apos;s AI skills in this resume.</p>
        ) : (
          <ul className="space-y-3">
            {report.skills.map((skill) => (
              <li key={skill.id} className="rounded border border-slate-200 bg-white p-3" data-skill={skill.id}>
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <h3 className="font-semibold">{skill.name}</h3>
                  <span className="text-sm text-slate-600">
                    {skill.usage === "used" ? "used in work" : skill.usage === "listed" ? "listed" : "implied"}
                    {skill.share !== null && ` · asked for in ${formatPercent(skill.share)} of postings`}
                  </span>
                </div>
                {skill.impliedBy.length > 0 && (
                  <p className="text-sm text-slate-600">
                    Implied by {skill.impliedBy.map((id) => skillName.get(id) ?? id).join(", ")}
                  </p>
                )}
                <ul className="mt-2 space-y-1">
                  {skill.evidence.map((evidence) => (
                    <li key={evidence.line} className="border-l-4 border-found pl-3 text-sm">
                      <q>{evidence.text}</q>
                      {evidence.section && (
                        <span className="ml-2 text-slate-500">— {SECTION_NAMES[evidence.section]}</span>
                      )}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        )}
      </section>

      <AspirationsSection report={report} />
      <GapsSection report={report} />

      <section aria-labelledby="snapshot-heading" className="space-y-1 text-sm text-slate-600">
        <h2 id="snapshot-heading" className="text-base font-bold text-slate-900">
          Measured against
        </h2>
        <p>
          {report.snapshot.title}: {formatCount(report.snapshot.postings)} postings. Source: {report.snapshot.source}.
        </p>
      </section>
      <ReadabilitySection report={report} />
    </div>
  );
}

function TierSection({ report }: { report: Report }) {
  const { tier } = report;
  return (
    <section aria-labelledby="tier-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-6">
      <h2 id="tier-heading" className="text-xl font-bold">
        Your salary tier
      </h2>
      <p className="text-lg" data-testid="tier">
        <strong>{tier.label}</strong>: median base salary <strong>{formatUsd(tier.medianUsd)}</strong>{" "}
        <span className="text-slate-600">(n={formatCount(tier.n)} postings)</span>
      </p>
      <p className="text-sm text-slate-600">{tier.basis}.</p>
      {tier.caveat && <p className="text-sm text-amber-800">Caveat: {tier.caveat}.</p>}
      {tier.placedBy.length > 0 && (
        <p className="text-sm">
          Placed here because your resume shows:{" "}
          {tier.placedBy.map((id) => report.skills.find((skill) => skill.id === id)?.name ?? id).join(", ")}.
        </p>
      )}
      {tier.next && tier.movers.length > 0 && (
        <div className="rounded bg-blue-50 p-3">
          <p>
            <strong>What would move you up:</strong> postings requiring generative-AI skills have a median of{" "}
            {formatUsd(tier.next.medianUsd)} (n={formatCount(tier.next.n)}). Show any of these on your resume:
          </p>
          <ul className="ml-5 list-disc">
            {tier.movers.map((mover) => (
              <li key={mover.id}>
                {mover.name} — in {formatPercent(mover.share)} of postings
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

function GapsSection({ report }: { report: Report }) {
  const groups = (["study-first", "framework", "foundation"] as const)
    .map((group) => ({ group, gaps: report.missing.filter((gap) => gap.group === group) }))
    .filter(({ gaps }) => gaps.length > 0);
  return (
    <section aria-labelledby="missing-heading" className="space-y-4">
      <h2 id="missing-heading" className="text-xl font-bold">
        What the market asks for that your resume lacks ({report.missing.length})
      </h2>
      {groups.length === 0 && <p>Your resume shows every skill in this snapshot.</p>}
      {groups.map(({ group, gaps }) => (
        <div key={group} className="space-y-2">
          <h3 className="font-semibold">{GROUP_TITLES[group]}</h3>
          <ol className="space-y-2" data-testid={`gaps-${group}`}>
            {gaps.map((gap) => (
              <li key={gap.id} data-gap={gap.id} className="rounded border border-slate-200 bg-white p-3">
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <span className="font-semibold">{gap.name}</span>
                  <span className="text-sm text-slate-600">
                    {formatPercent(gap.share)} of postings{gap.count !== null && ` (${formatCount(gap.count)})`}
                  </span>
                </div>
                <p className="text-sm text-slate-700">{gap.why}</p>
                {gap.practice && (
                  <Link href={`/practice/${gap.practice.id}`} className="text-sm text-brand underline">
                    Practice: {gap.practice.title}
                  </Link>
                )}
              </li>
            ))}
          </ol>
        </div>
      ))}
    </section>
  );
}
