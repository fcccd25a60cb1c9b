import type { Report } from "@/lib/report/schema";
import { formatCount } from "@/lib/report/format";
import { AspirationsSection } from "./aspirations-section";
import { ReadabilitySection } from "./readability-section";
import { CoverageSection } from "./report/coverage-section";
import { FoundSkillsSection } from "./report/found-skills-section";
import { GapsSection } from "./report/gaps-section";
import { LevelSection } from "./report/level-section";
import { MarketSection } from "./report/market-section";
import { PostingSection } from "./report/posting-section";
import { ProgressSection } from "./report/progress-section";
import { SkillsChart } from "./report/skills-chart";
import { StudyFirst } from "./report/study-first";
import { TierSection } from "./report/tier-section";

/**
 * The report itself, as every reader sees it: the owner, their coach, or anyone with a share link. The first screen
 * answers where the candidate stands (tier, level, coverage), then what the market pays for that they lack.
 * `previousHref` links the previous version for readers allowed to open it.
 */
export function ReportView({ report, previousHref = null }: { report: Report; previousHref?: string | null }) {
  return (
    <div className="space-y-10">
      <div className="grid gap-4 md:grid-cols-2">
        <div className="md:col-span-2">
          <TierSection report={report} />
        </div>
        <LevelSection report={report} />
        <CoverageSection report={report} />
        {/* On paper the ranked gaps follow at once, so this first-screen summary is left off. */}
        <div className="no-print md:col-span-2">
          <StudyFirst report={report} />
        </div>
      </div>
      <ProgressSection report={report} previousHref={previousHref} />
      <GapsSection report={report} />
      <SkillsChart report={report} />
      <MarketSection report={report} />
      <PostingSection report={report} />
      <FoundSkillsSection report={report} />
      <AspirationsSection report={report} />
      <section aria-labelledby="snapshot-heading" className="report-section space-y-1 text-sm text-slate-600">
        <h2 id="snapshot-heading" className="text-base font-bold text-slate-900">
          Measured against
        </h2>
        <p>
          {report.snapshot.title}: {formatCount(report.snapshot.postings)} postings. Source: {report.snapshot.source}.
        </p>
      </section>
      {/* Advice on the resume file itself helps on screen; the printed report stays about the market. */}
      <div className="no-print">
        <ReadabilitySection report={report} />
      </div>
    </div>
  );
}
