import Link from "next/link";
import type { Report } from "@/lib/report/schema";
import { formatCount, formatPercent, formatUsd } from "@/lib/report/format";
import { CARD, Section } from "./section";

/** Where the candidate stands on pay: the tier, what placed them there, and what would move them up. */
export function TierSection({ report }: { report: Report }) {
  const { tier } = report;
  const name = (id: string) => report.skills.find((skill) => skill.id === id)?.name ?? id;
  // One resume line that shows a placing skill directly, so the placement is backed by the resume's own words.
  const lines = report.skills
    .filter((skill) => tier.placedBy.includes(skill.id) && skill.usage !== "implied")
    .flatMap((skill) => skill.evidence);
  const proof = (lines.find((line) => line.section === "experience" || line.section === "projects") ?? lines[0])?.text;
  const practiceOf = (id: string) => report.missing.find((gap) => gap.id === id)?.practice ?? null;
  return (
    <Section id="tier" title="Your salary tier" className={CARD}>
      <p className="text-lg" data-testid="tier">
        <strong>{tier.label}</strong>: median base salary <strong>{formatUsd(tier.medianUsd, tier.currency)}</strong>{" "}
        <span className="text-slate-600">(n={formatCount(tier.n)} postings)</span>
      </p>
      <p className="text-sm text-slate-600">{tier.basis}.</p>
      {tier.caveat && <p className="text-sm text-amber-800">Caveat: {tier.caveat}.</p>}
      <p className="text-sm" data-testid="tier-evidence">
        {tier.placedBy.length > 0
          ? `Placed here because your resume shows: ${tier.placedBy.map(name).join(", ")}.`
          : "Placed here because your resume shows none of the generative-AI skills the snapshot counts."}
        {proof && (
          <>
            {" "}
            For example: <q>{proof}</q>
          </>
        )}
      </p>
      {tier.next && tier.movers.length > 0 && (
        <div className="rounded bg-blue-50 p-3" data-testid="tier-movers">
          <p>
            <strong>What would move you up:</strong> the tier &ldquo;{tier.next.label}&rdquo; has a median base salary of{" "}
            {formatUsd(tier.next.medianUsd, tier.currency)} (n={formatCount(tier.next.n)})
            {tier.gapUsd !== null && <>, {formatUsd(tier.gapUsd, tier.currency)} above this tier</>}. Show any of these, the generative-AI
            skills most often asked for:
          </p>
          <ul className="ml-5 list-disc">
            {tier.movers.map((mover) => {
              const practice = practiceOf(mover.id);
              return (
                <li key={mover.id}>
                  {mover.name} — in {formatPercent(mover.share)} of postings
                  {practice && (
                    <>
                      {" · "}
                      <Link href={`/practice/${practice.id}`} className="text-brand underline">
                        practice topic: {practice.title}
                      </Link>
                    </>
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </Section>
  );
}
