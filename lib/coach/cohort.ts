/**
 * What a coach's whole group looks like: computed from their clients' reports alone, so every figure traces back
 * to reports (and through them to the snapshot each was measured against).
 */
export interface CohortReport {
  id: string;
  previousId: string | null;
  createdAt: Date;
  coverage: number;
  isLatest: boolean;
  label: string;
  tier: { id: string; label: string } | null;
  seniority: string | null;
  /** `share` is the market share of the skill in the report's snapshot: it orders skills missing equally often. */
  missing: { id: string; name: string; share: number }[];
}

export interface CountShare {
  id: string;
  name: string;
  count: number;
  share: number;
}

export interface ClientProgress {
  id: string;
  label: string;
  points: { date: Date; coverage: number }[];
}

export interface Cohort {
  clients: number;
  missing: CountShare[];
  tiers: CountShare[];
  levels: CountShare[];
  progress: ClientProgress[];
}

/** Counts per id, most frequent first; ties go to the higher market share, then to the name. */
function tally(items: { id: string; name: string; share?: number }[], total: number): CountShare[] {
  const counts = new Map<string, CountShare & { market: number }>();
  for (const item of items) {
    const entry = counts.get(item.id) ?? { id: item.id, name: item.name, count: 0, share: 0, market: 0 };
    entry.count += 1;
    entry.market = Math.max(entry.market, item.share ?? 0);
    counts.set(item.id, entry);
  }
  return [...counts.values()]
    .sort((a, b) => b.count - a.count || b.market - a.market || a.name.localeCompare(b.name))
    .map(({ market: _market, ...entry }) => ({ ...entry, share: total > 0 ? entry.count / total : 0 }));
}

/**
 * Each client counts once, by their latest report; a client's earlier versions only feed their progress line.
 * Versions are linked through `previousId`; a link to a report not in the input ends the chain.
 */
export function summarizeCohort(reports: CohortReport[], { levels }: { levels: readonly string[] }): Cohort {
  const latest = reports.filter((report) => report.isLatest);
  const total = latest.length;
  const byId = new Map(reports.map((report) => [report.id, report]));
  const levelOrder = new Map(levels.map((level, index) => [level, index]));

  const progress: ClientProgress[] = [];
  for (const report of latest) {
    const chain = [report];
    let previous = report.previousId ? byId.get(report.previousId) : undefined;
    while (previous && chain.length < 50) {
      chain.unshift(previous);
      previous = previous.previousId ? byId.get(previous.previousId) : undefined;
    }
    if (chain.length > 1) {
      progress.push({
        id: report.id,
        label: report.label,
        points: chain.map((version) => ({ date: version.createdAt, coverage: version.coverage })),
      });
    }
  }

  return {
    clients: total,
    missing: tally(
      latest.flatMap((report) => report.missing),
      total,
    ),
    tiers: tally(
      latest.flatMap((report) => (report.tier ? [{ id: report.tier.id, name: report.tier.label }] : [])),
      total,
    ),
    levels: tally(
      latest.flatMap((report) => (report.seniority ? [{ id: report.seniority, name: report.seniority }] : [])),
      total,
    ).sort((a, b) => (levelOrder.get(a.id) ?? 99) - (levelOrder.get(b.id) ?? 99)),
    progress: progress.sort((a, b) => a.label.localeCompare(b.label)),
  };
}
