import type { Report } from "@/lib/report/schema";
import { chartRowsOf } from "@/lib/report/chart";
import { formatCount, formatPercent } from "@/lib/report/format";
import { Section } from "./section";
import { TableHead } from "@/app/_components/table-head";

const ROW = 26;
const LABEL_WIDTH = 250;
const BAR_WIDTH = 300;
const WIDTH = LABEL_WIDTH + BAR_WIDTH + 130;
const TOP = 8;

/**
 * The snapshot's skills by posting share, shown vs missing, drawn as SVG on the server: no chart script reaches the
 * browser. The mark is in the text too ("shown" / "missing"), not in colour alone, and a table carries the same data.
 */
export function SkillsChart({ report }: { report: Report }) {
  const rows = chartRowsOf(report);
  const max = Math.max(...rows.map((row) => row.share), 0.01);
  const height = TOP * 2 + rows.length * ROW;
  const shown = rows.filter((row) => row.shown).length;
  return (
    <Section id="chart" title="The market's skills, and which you show">
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        className="w-full max-w-3xl"
        role="img"
        aria-labelledby="chart-title chart-desc"
        data-testid="skills-chart"
      >
        <title id="chart-title">Skills by share of postings</title>
        <desc id="chart-desc">
          {`Horizontal bars for the ${rows.length} skills of the snapshot, longest for the most requested. ` +
            `Your resume shows ${shown} of them (green, marked shown); ${rows.length - shown} are missing (orange outline, marked missing).`}
        </desc>
        {rows.map((row, index) => {
          const y = TOP + index * ROW;
          const width = Math.max(2, (row.share / max) * BAR_WIDTH);
          return (
            <g key={row.id} data-bar={row.id} data-shown={row.shown}>
              <text x={LABEL_WIDTH - 8} y={y + 17} textAnchor="end" fontSize="13" fill="#0f172a">
                {row.name.length > 34 ? `${row.name.slice(0, 33)}…` : row.name}
              </text>
              <rect
                x={LABEL_WIDTH}
                y={y + 4}
                width={width}
                height={ROW - 8}
                rx="2"
                fill={row.shown ? "var(--color-found)" : "#fff7ed"}
                stroke={row.shown ? "var(--color-found)" : "var(--color-missing)"}
                strokeWidth="1.5"
                strokeDasharray={row.shown ? undefined : "4 2"}
              />
              <text x={LABEL_WIDTH + width + 6} y={y + 17} fontSize="13" fill="#0f172a">
                {`${formatPercent(row.share)} · ${row.shown ? "shown" : "missing"}`}
              </text>
            </g>
          );
        })}
      </svg>
      <details className="no-print text-sm">
        <summary className="cursor-pointer text-brand underline">The chart as a table</summary>
        <table className="mt-2 w-full max-w-2xl border-collapse text-left" data-testid="chart-table">
          <caption className="sr-only">Skills by share of postings, and whether your resume shows them</caption>
          <TableHead columns={["Skill", "Share of postings", "Postings", "Your resume"]} className="py-1 pr-3" />
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} className="border-b border-slate-200">
                <th scope="row" className="py-1 pr-3 font-normal">
                  {row.name}
                </th>
                <td className="py-1 pr-3">{formatPercent(row.share)}</td>
                <td className="py-1 pr-3">{row.count === null ? "not published" : formatCount(row.count)}</td>
                <td className="py-1">{row.shown ? "shown" : "missing"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </Section>
  );
}
