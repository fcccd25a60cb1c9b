import type { ActiveLink } from "@/lib/db/share-links";
import { LinkControls } from "./link-controls";

const formatDate = (date: Date) => date.toLocaleDateString("en-US", { dateStyle: "long", timeZone: "UTC" });

/**
 * The owner's link controls on their report: a read-only share link, and a private link to their own view. The
 * page has checked the owner and read their working links with the report.
 */
export function SharePanel({ reportId, displayName, links }: { reportId: string; displayName: string | null; links: ActiveLink[] }) {
  const linkView = (kind: "share" | "owner") => {
    const link = links.find((candidate) => candidate.kind === kind);
    return link
      ? {
          createdAt: formatDate(link.createdAt),
          expiresAt: link.expiresAt ? formatDate(link.expiresAt) : null,
          showName: link.showName,
        }
      : null;
  };
  return (
    <details id="share-panel" className="no-print rounded-lg border border-slate-200 bg-white p-6">
      <summary className="cursor-pointer">
        <h2 className="inline text-xl font-bold">Share this report</h2>
        {links.length > 0 && (
          <span className="ml-2 text-sm text-slate-600">
            ({links.length} link{links.length > 1 ? "s" : ""} active)
          </span>
        )}
      </summary>
      <div className="mt-4 space-y-4">
        <LinkControls
          reportId={reportId}
          kind="share"
          active={linkView("share")}
          // The name the working share link shows, else the label the candidate gave elsewhere, as a suggestion.
          displayName={links.find((link) => link.kind === "share")?.displayName ?? displayName}
          title="Share link"
          explain="Anyone with this link can read the report: no contact details, no resume text, nothing they can change."
        />
        <LinkControls
          reportId={reportId}
          kind="owner"
          active={linkView("owner")}
          displayName={null}
          title="Private link for you"
          explain="Opens this report with your controls on another device of yours. Do not share it."
        />
      </div>
    </details>
  );
}
