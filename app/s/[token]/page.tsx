import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ReportView } from "@/app/_components/report-view";
import { shareSummary, shareTitle } from "@/lib/share/shared-report";
import { loadSharedReport } from "./load";

// A link must stop working the moment it is revoked: never serve a cached render.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ token: string }> };

const HIDDEN: Metadata["robots"] = { index: false, follow: false, nocache: true, googleBot: { index: false, follow: false } };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { token } = await params;
  const shared = await loadSharedReport(token);
  if (!shared) return { title: "Page not found", robots: HIDDEN, referrer: "no-referrer" };
  const title = shareTitle(shared.displayName);
  const description = shareSummary(shared.report);
  return {
    title: { absolute: `${title} · SkillGap` },
    description,
    robots: HIDDEN,
    referrer: "no-referrer",
    openGraph: { type: "article", siteName: "SkillGap", title, description, url: `/s/${token}` },
    twitter: { card: "summary_large_image", title, description },
  };
}

/** A report as anyone with the share link sees it: read-only, no contact details, no resume text. */
export default async function SharedReportPage({ params }: Props) {
  const { token } = await params;
  const shared = await loadSharedReport(token);
  if (!shared) notFound();

  return (
    <article className="space-y-6">
      <header className="space-y-1">
        <p className="text-sm font-semibold uppercase tracking-wide text-slate-500">Shared read-only</p>
        <h1 className="text-2xl font-bold">{shareTitle(shared.displayName)}</h1>
        <p className="text-sm text-slate-600">
          Made {shared.createdAt.toLocaleDateString("en-US", { dateStyle: "long", timeZone: "UTC" })}. Contact details and the resume itself
          are not shared.
        </p>
      </header>
      <ReportView report={shared.report} />
    </article>
  );
}
