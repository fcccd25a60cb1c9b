import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ReportView } from "@/app/_components/report-view";
import { getReportForOwner } from "@/lib/db/reports";
import { isWellFormedToken } from "@/lib/tokens";
import { ownerHashForReport } from "@/app/_server/owner";
import { CoachLink } from "./coach-link";
import { SharePanel } from "./share-panel";

export const metadata: Metadata = { title: "Your report", robots: { index: false, follow: false } };

export default async function ReportPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const ownerSecretHash = await ownerHashForReport(id);
  if (!ownerSecretHash || !isWellFormedToken(id)) notFound();
  const stored = await getReportForOwner({ id, ownerSecretHash });
  if (!stored) notFound();

  return (
    <article className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-bold">Your SkillGap report</h1>
        <p className="text-sm text-slate-600">
          {stored.fileName ? `${stored.fileName} · ` : ""}
          {stored.createdAt.toLocaleDateString("en-US", { dateStyle: "long" })}
        </p>
      </header>
      <SharePanel reportId={stored.id} displayName={stored.clientLabel} />
      <ReportView report={stored.report} />
      <CoachLink reportId={stored.id} ownerSecretHash={ownerSecretHash} />
    </article>
  );
}
