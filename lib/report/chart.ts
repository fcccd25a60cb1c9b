import type { Report } from "./schema";

export interface ChartRow {
  id: string;
  name: string;
  share: number;
  count: number | null;
  shown: boolean;
}

/**
 * Every skill of the report's snapshot with its posting share, marked shown or missing, highest share first.
 * Built from the report alone (found skills with a share, plus the gaps), so an old report charts its own snapshot.
 */
export function chartRowsOf(report: Pick<Report, "skills" | "missing">): ChartRow[] {
  const rows: ChartRow[] = [];
  for (const skill of report.skills) {
    if (skill.share !== null) rows.push({ id: skill.id, name: skill.name, share: skill.share, count: skill.count, shown: true });
  }
  for (const gap of report.missing) rows.push({ id: gap.id, name: gap.name, share: gap.share, count: gap.count, shown: false });
  return rows.sort((a, b) => b.share - a.share || a.name.localeCompare(b.name));
}
