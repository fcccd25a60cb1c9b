import type { Report } from "@/lib/report/schema";
import type { MarketFigures } from "@/lib/report/schema";
import { formatCount, formatPercent } from "@/lib/report/format";
import { CARD, Section } from "./section";

function Figures({ kind, market, total }: { kind: "industry" | "country"; market: MarketFigures; total: number }) {
  if (!market.inSnapshot) {
    return <p>The snapshot has no figures for {market.name}.</p>;
  }
  const noun = kind === "industry" ? "this industry" : "this country";
  return (
    <ul className="ml-5 list-disc">
      <li>
        AI adoption:{" "}
        {market.aiAdoptionShare !== null ? (
          <>
            <strong>{formatPercent(market.aiAdoptionShare)}</strong> of {noun}&apos;s postings require AI skills
            {market.aiPostings !== null &&
              market.postings !== null &&
              ` (${formatCount(market.aiPostings)} of ${formatCount(market.postings)})`}
            .
          </>
        ) : (
          <>the snapshot has no figure for {market.name}.</>
        )}
      </li>
      <li>
        Share of postings:{" "}
        {market.shareOfPostings !== null ? (
          <>
            <strong>{formatPercent(market.shareOfPostings)}</strong> of all {formatCount(total)} postings
            {market.postings !== null && ` (${formatCount(market.postings)})`}.
          </>
        ) : market.postings !== null ? (
          <>
            {formatCount(market.postings)} of the {formatCount(total)} postings; the snapshot gives no share for it.
          </>
        ) : (
          <>the snapshot has no figure for {market.name}.</>
        )}
      </li>
    </ul>
  );
}

/** The market the candidate chose to target, with only the figures the snapshot holds for it. */
export function MarketSection({ report }: { report: Report }) {
  const market = report.market;
  if (!market) return null;
  return (
    <Section id="market" title="Your target market" className={CARD}>
      {market.industry && (
        <div data-testid="market-industry">
          <h3 className="font-semibold">Industry: {market.industry.name}</h3>
          <Figures kind="industry" market={market.industry} total={report.snapshot.postings} />
        </div>
      )}
      {market.country && (
        <div data-testid="market-country">
          <h3 className="font-semibold">Country: {market.country.name}</h3>
          <Figures kind="country" market={market.country} total={report.snapshot.postings} />
        </div>
      )}
      <p className="text-sm text-slate-600">
        The salary tiers above are {report.tier.basis}; the snapshot has no salary figures by industry or country.
      </p>
    </Section>
  );
}
