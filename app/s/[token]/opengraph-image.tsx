import { readFile } from "node:fs/promises";
import path from "node:path";
import { ImageResponse } from "next/og";
import { formatCount, formatPercent, formatUsd } from "@/lib/report/format";
import { toDrawableText } from "@/lib/share/shared-report";
import { loadSharedReport } from "./load";

export const dynamic = "force-dynamic";
export const alt = "A SkillGap report: salary tier and market coverage";
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

// Read once per server process from the repo: the preview must never fetch a font.
let fonts: Promise<[Buffer, Buffer]> | undefined;
function loadFonts() {
  fonts ??= Promise.all([
    readFile(path.join(process.cwd(), "assets", "fonts", "DejaVuSans.ttf")),
    readFile(path.join(process.cwd(), "assets", "fonts", "DejaVuSans-Bold.ttf")),
  ]);
  return fonts;
}

/** The preview image a chat app shows for a share link: tier and coverage, never a name or contact detail. */
export default async function Image({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const shared = await loadSharedReport(token);
  if (!shared) return new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
  const { report } = shared;
  const [regular, bold] = await loadFonts();
  const text = (value: string) => toDrawableText(value);

  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: 64,
        background: "#f8fafc",
        color: "#0f172a",
        fontFamily: "DejaVu Sans",
      }}
    >
      <div style={{ display: "flex", fontSize: 40, fontWeight: 700, color: "#1d4ed8" }}>SkillGap</div>
      <div style={{ display: "flex", flexDirection: "column", gap: 16 }}>
        <div style={{ display: "flex", fontSize: 36, color: "#475569" }}>Salary tier</div>
        <div style={{ display: "flex", fontSize: 56, fontWeight: 700 }}>{text(report.tier.label)}</div>
        <div style={{ display: "flex", fontSize: 36 }}>
          {text(`Median base salary ${formatUsd(report.tier.medianUsd, report.tier.currency)} (n=${formatCount(report.tier.n)} postings)`)}
        </div>
      </div>
      <div style={{ display: "flex", alignItems: "flex-end", justifyContent: "space-between" }}>
        <div style={{ display: "flex", flexDirection: "column" }}>
          <div style={{ display: "flex", fontSize: 32, color: "#475569" }}>Market coverage</div>
          <div style={{ display: "flex", fontSize: 96, fontWeight: 700, color: "#15803d" }}>
            {text(formatPercent(report.coverage.score))}
          </div>
        </div>
        <div style={{ display: "flex", maxWidth: 560, fontSize: 24, color: "#475569", textAlign: "right" }}>
          {text(`${report.snapshot.title}: ${formatCount(report.snapshot.postings)} postings`)}
        </div>
      </div>
    </div>,
    {
      ...size,
      fonts: [
        { name: "DejaVu Sans", data: regular, weight: 400, style: "normal" },
        { name: "DejaVu Sans", data: bold, weight: 700, style: "normal" },
      ],
      // A revoked link's preview must not outlive it in a shared cache.
      headers: { "Cache-Control": "private, no-store" },
    },
  );
}
