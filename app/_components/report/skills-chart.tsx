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
      {/* What every bar shares (type, colour, outline width) is set once on the svg, and how a shown or missing bar
          looks by its data-shown in app/globals.css (.skills-chart), not on each of its elements: the chart's markup,
          and the RSC payload that repeats it, stay the size of what differs from bar to bar. */}
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        className="skills-chart w-full max-w-3xl"
        role="img"
        aria-labelledby="chart-title chart-desc"
        data-testid="skills-chart"
        fontSize="13"
        fill="#0f172a"
        strokeWidth="1.5"
      >
        <title id="chart-title">Skills by share of postings</title>
        <desc id="chart-desc">
          {`Horizontal bars for the ${rows.length} skills of the snapshot, longest for the most requested. ` +
            `Your resume shows ${shown} of them (green, marked shown); ${rows.length - shown} are missing (orange outline, marked missing).`}
        </desc>
        {rows.map((row, index) => {
          const y = TOP + index * ROW;
          // A tenth of a unit is finer than the chart can show; more digits only lengthen the page.
          const width = Math.round(Math.max(2, (row.share / max) * BAR_WIDTH) * 10) / 10;
          return (
            <g key={row.id} data-shown={row.shown}>
              <text x={LABEL_WIDTH - 8} y={y + 17}>
                {row.name.length > 34 ? `${row.name.slice(0, 33)}…` : row.name}
              </text>
              <rect x={LABEL_WIDTH} y={y + 4} width={width} height={ROW - 8} rx="2" />
              <text x={Math.round((LABEL_WIDTH + width + 6) * 10) / 10} y={y + 17}>
                {`${formatPercent(row.share)} · ${row.shown ? "shown" : "missing"}`}
              </text>
            </g>
          );
        })}
      </svg>
      <details className="no-print text-sm">
        <summary className="cursor-pointer text-brand underline">The chart as a table</summary>
        <table className="report-table mt-2 w-full max-w-2xl border-collapse text-left" data-testid="chart-table">
          <caption className="sr-only">Skills by share of postings, and whether your resume shows them</caption>
          <TableHead columns={["Skill", "Share of postings", "Postings", "Your resume"]} className={null} />
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <th scope="row">{row.name}</th>
                <td>{formatPercent(row.share)}</td>
                <td>{row.count === null ? "not published" : formatCount(row.count)}</td>
                <td>{row.shown ? "shown" : "missing"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </Section>
  );
}
