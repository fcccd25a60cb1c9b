import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getOwnerLink } from "@/lib/db/share-links";
import { isWellFormedToken } from "@/lib/tokens";
import { OpenOwnerLinkForm } from "./open-form";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Open your report",
  robots: { index: false, follow: false, nocache: true },
  referrer: "no-referrer",
};

/** The landing page of an owner's private link: one click makes this device an owner of that one report. */
export default async function OwnerLinkPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  if (!isWellFormedToken(token) || !(await getOwnerLink({ token }))) notFound();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Open your SkillGap report here</h1>
      <p className="max-w-2xl">
        This private link opens your report, with its controls, in this browser. Use it only on your own devices: anyone holding it can
        change or share the report until you revoke it.
      </p>
      <OpenOwnerLinkForm token={token} />
    </div>
  );
}
