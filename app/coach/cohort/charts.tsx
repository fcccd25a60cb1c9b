import type { ClientProgress, CountShare } from "@/lib/coach/cohort";
import { TableHead } from "@/app/_components/table-head";
import { formatPercent } from "@/lib/report/format";

const BAR_HEIGHT = 22;
const CHART_WIDTH = 640;
/** About the advance of one 13px character of the page font: a label column this wide per character holds any name. */
const LABEL_CHAR_WIDTH = 7.4;

/** The label column fits the longest name, so "Multi-agent frameworks (CrewAI, AutoGen)" is never clipped. */
function labelWidth(items: CountShare[]): number {
  const longest = Math.max(0, ...items.map((item) => item.name.length));
  return Math.min(CHART_WIDTH / 2, Math.max(120, Math.ceil(longest * LABEL_CHAR_WIDTH) + 16));
}

/** Horizontal bars drawn on the server: no script, readable when printed, and a table beside it says the same. */
export function BarChart({ id, title, items }: { id: string; title: string; items: CountShare[] }) {
  const height = items.length * (BAR_HEIGHT + 6) + 6;
  const labelSpace = labelWidth(items);
  const barSpace = CHART_WIDTH - labelSpace - 90;
  return (
    <svg id={id} role="img" aria-label={title} viewBox={`0 0 ${CHART_WIDTH} ${height}`} className="w-full max-w-2xl" data-chart={id}>
      {items.map((item, index) => {
        const y = 6 + index * (BAR_HEIGHT + 6);
        const width = Math.max(2, item.share * barSpace);
        return (
          <g key={item.id}>
            <text x={labelSpace - 8} y={y + BAR_HEIGHT * 0.7} textAnchor="end" fontSize="13" fill="#0f172a">
              {item.name}
            </text>
            <rect x={labelSpace} y={y} width={width} height={BAR_HEIGHT} fill="#1d4ed8" rx="3" />
            <text x={labelSpace + width + 6} y={y + BAR_HEIGHT * 0.7} fontSize="12" fill="#334155">
              {item.count} · {formatPercent(item.share)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

const COLORS = ["#1d4ed8", "#b45309", "#047857", "#7c3aed", "#be123c", "#0e7490", "#4d7c0f", "#a21caf"];

/** Coverage (0–100%) over time, one line per client with several versions. */
export function ProgressChart({ title, clients }: { title: string; clients: ClientProgress[] }) {
  const width = CHART_WIDTH;
  const height = 260;
  const pad = { left: 48, right: 16, top: 12, bottom: 28 };
  const times = clients.flatMap((client) => client.points.map((point) => point.date.getTime()));
  const min = Math.min(...times);
  const span = Math.max(1, Math.max(...times) - min);
  const x = (time: number) => pad.left + ((time - min) / span) * (width - pad.left - pad.right);
  const y = (coverage: number) => pad.top + (1 - coverage) * (height - pad.top - pad.bottom);
  return (
    <svg role="img" aria-label={title} viewBox={`0 0 ${width} ${height}`} className="w-full max-w-2xl" data-chart="progress">
      {[0, 0.25, 0.5, 0.75, 1].map((tick) => (
        <g key={tick}>
          <line x1={pad.left} x2={width - pad.right} y1={y(tick)} y2={y(tick)} stroke="#e2e8f0" />
          <text x={pad.left - 6} y={y(tick) + 4} textAnchor="end" fontSize="11" fill="#475569">
            {Math.round(tick * 100)}%
          </text>
        </g>
      ))}
      <text x={pad.left} y={height - 6} fontSize="11" fill="#475569">
        {new Date(min).toISOString().slice(0, 10)}
      </text>
      <text x={width - pad.right} y={height - 6} textAnchor="end" fontSize="11" fill="#475569">
        {new Date(min + span).toISOString().slice(0, 10)}
      </text>
      {clients.map((client, index) => {
        const color = COLORS[index % COLORS.length];
        const points = client.points.map((point) => `${x(point.date.getTime()).toFixed(1)},${y(point.coverage).toFixed(1)}`).join(" ");
        return (
          <g key={client.id}>
            <polyline points={points} fill="none" stroke={color} strokeWidth="2" />
            {client.points.map((point) => (
              <circle key={point.date.getTime()} cx={x(point.date.getTime())} cy={y(point.coverage)} r="3" fill={color} />
            ))}
          </g>
        );
      })}
    </svg>
  );
}

export function CountTable({ caption, nameHeader, items }: { caption: string; nameHeader: string; items: CountShare[] }) {
  return (
    <table className="w-full max-w-2xl border-collapse bg-white text-sm">
      <caption className="py-1 text-left text-sm text-slate-600">{caption}</caption>
      <TableHead columns={[nameHeader, { label: "Clients", numeric: true }, { label: "Share of clients", numeric: true }]} />
      <tbody>
        {items.map((item) => (
          <tr key={item.id} className="border-b border-slate-200">
            <th scope="row" className="p-2 text-left font-normal">
              {item.name}
            </th>
            <td className="p-2 text-right">{item.count}</td>
            <td className="p-2 text-right">{formatPercent(item.share)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
