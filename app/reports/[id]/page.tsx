import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ReportView } from "@/app/_components/report-view";
import { getReportPageForOwner } from "@/lib/db/report-page";
import { isWellFormedToken } from "@/lib/tokens";
import { currentOwnerHash, ownerHashForReport } from "@/app/_server/owner";
import Link from "next/link";
import { CoachLink } from "./coach-link";
import { OwnerTools } from "./owner-tools";
import { SharePanel } from "./share-panel";

export const metadata: Metadata = { title: "Your report", robots: { index: false, follow: false } };

export default async function ReportPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const ownerSecretHash = await ownerHashForReport(id);
  if (!ownerSecretHash || !isWellFormedToken(id)) notFound();
  const stored = await getReportPageForOwner({ id, ownerSecretHash });
  if (!stored) notFound();
  const { newerId } = stored;

  return (
    <article className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-bold">Your SkillGap report</h1>
        <p className="text-sm text-slate-600">
          {stored.fileName ? `${stored.fileName} · ` : ""}
          {stored.createdAt.toLocaleDateString("en-US", { dateStyle: "long" })}
        </p>
        {newerId && (
          <p className="no-print rounded bg-amber-50 p-3 text-amber-900" data-testid="newer-version">
            A newer version of this resume exists.{" "}
            <Link href={`/reports/${newerId}`} className="underline">
              Open the newer report
            </Link>
          </p>
        )}
      </header>
      <SharePanel reportId={stored.id} displayName={stored.clientLabel} links={stored.links} />
      <ReportView report={stored.report} previousHref={stored.previousId ? `/reports/${stored.previousId}` : null} />
      <CoachLink reportId={stored.id} coach={stored.coach} />
      <OwnerTools
        reportId={stored.id}
        market={{ industry: stored.report.market?.industry?.id, country: stored.report.market?.country?.id }}
        canUploadVersion={(await currentOwnerHash()) === ownerSecretHash}
      />
    </article>
  );
}
