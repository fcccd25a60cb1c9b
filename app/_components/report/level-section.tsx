import type { Report } from "@/lib/report/schema";
import { formatPercent } from "@/lib/report/format";
import { CARD, Section } from "./section";

const LEVEL_NAMES = { entry: "Entry level", mid: "Mid level", senior: "Senior", staff: "Staff and above" } as const;

/** The estimated seniority, why, and what the snapshot says about postings at that level. */
export function LevelSection({ report }: { report: Report }) {
  const { seniority } = report;
  const figures: string[] = [];
  if (seniority.shareOfPostings !== null) figures.push(`${formatPercent(seniority.shareOfPostings)} of postings are at this level`);
  if (seniority.generativeAiShare !== null)
    figures.push(`${formatPercent(seniority.generativeAiShare)} of them require generative-AI skills`);
  if (seniority.aiAdoptionShare !== null) figures.push(`${formatPercent(seniority.aiAdoptionShare)} of them require AI skills`);
  return (
    <Section id="level" title="Your level" className={CARD}>
      <p className="text-lg" data-testid="level">
        <strong>{LEVEL_NAMES[seniority.level]}</strong> (estimated)
      </p>
      <p className="text-sm text-slate-700">{seniority.reason}</p>
      <p data-testid="level-market">
        {figures.length > 0 ? `In the snapshot, ${figures.join("; ")}.` : "The snapshot gives no figures for this level."}
        {seniority.shareOfPostings === null && figures.length > 0 && " It gives no share of postings for this level."}
      </p>
    </Section>
  );
}
