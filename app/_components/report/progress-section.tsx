import Link from "next/link";
import type { Report } from "@/lib/report/schema";
import { formatCount, formatPercent, formatPoints, formatUsd } from "@/lib/report/format";
import { CARD, Section } from "./section";

function SkillList({ label, skills, testId }: { label: string; skills: { id: string; name: string }[]; testId: string }) {
  return (
    <div data-testid={testId}>
      <h3 className="font-semibold">
        {label} ({skills.length})
      </h3>
      <p className={skills.length === 0 ? "text-sm text-slate-600" : ""}>
        {skills.length === 0 ? "None." : skills.map((skill) => skill.name).join(", ")}
      </p>
    </div>
  );
}

/**
 * What changed since the previous version. `previousHref` is null where the reader may not open the previous
 * version (a share page), so the link is only offered to someone who can follow it.
 */
export function ProgressSection({ report, previousHref }: { report: Report; previousHref: string | null }) {
  const progress = report.progress;
  if (!progress) return null;
  const tierChanged = progress.tierBefore.id !== progress.tierAfter.id;
  const delta = progress.coverageAfter - progress.coverageBefore;
  const tier = (ref: typeof progress.tierBefore) => `${ref.label} (${formatUsd(ref.medianUsd)}, n=${formatCount(ref.n)})`;
  const caveats = [progress.tierBefore, progress.tierAfter].filter((ref) => ref.caveat);
  return (
    <Section id="progress" title="Progress since your previous version" className={CARD}>
      {previousHref && (
        <p className="no-print">
          <Link href={previousHref} className="text-brand underline">
            Open the previous version
          </Link>
        </p>
      )}
      <p data-testid="progress-coverage">
        Market coverage: {formatPercent(progress.coverageBefore)} → <strong>{formatPercent(progress.coverageAfter)}</strong> (
        {delta >= 0 ? "+" : "−"}
        {formatPoints(Math.abs(delta))} percentage points); most requested skills shown: {progress.topFoundBefore} →{" "}
        {progress.topFoundAfter}.
      </p>
      <p data-testid="progress-tier">
        {tierChanged ? (
          <>
            Tier: {tier(progress.tierBefore)} → <strong>{tier(progress.tierAfter)}</strong>.
          </>
        ) : (
          <>Tier unchanged: {tier(progress.tierAfter)}.</>
        )}{" "}
        <span className="no-print text-sm text-slate-600">{report.tier.basis}.</span>
      </p>
      {caveats.map((ref) => (
        <p key={ref.id} className="text-sm text-amber-800">
          Caveat for {ref.label}: {ref.caveat}.
        </p>
      ))}
      <div className="grid gap-4 sm:grid-cols-2">
        <SkillList label="Skills gained" skills={progress.gained} testId="progress-gained" />
        <SkillList label="Skills no longer shown" skills={progress.lost} testId="progress-lost" />
      </div>
      {!progress.sameSnapshot && (
        <p className="text-sm text-amber-800">
          The previous version was measured against an older market snapshot, so part of the change may come from the market rather than the
          resume.
        </p>
      )}
    </Section>
  );
}
