import { UploadForm } from "@/app/upload-form";
import { DeleteForm } from "./delete-form";
import { PostingForm } from "./posting-form";
import { PrintButton } from "./print-button";

/** What only the report's owner can do with it: export, print, compare with a posting, upload a new version, delete. */
export function OwnerTools({
  reportId,
  market,
  canUploadVersion,
}: {
  reportId: string;
  /** The report's target market, which a new version starts from. */
  market: { industry?: string; country?: string };
  canUploadVersion: boolean;
}) {
  return (
    <div className="no-print space-y-10">
      <section aria-labelledby="export-heading" className="space-y-3">
        <h2 id="export-heading" className="text-xl font-bold">
          Keep this report
        </h2>
        <div className="flex flex-wrap gap-3">
          <a
            href={`/reports/${reportId}/export`}
            download
            className="rounded border border-slate-300 bg-white px-4 py-2 font-semibold hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2"
          >
            Download as JSON
          </a>
          <PrintButton />
        </div>
      </section>
      <section aria-labelledby="compare-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="compare-heading" className="text-xl font-bold">
          Compare with a job posting
        </h2>
        <PostingForm reportId={reportId} />
      </section>
      <section aria-labelledby="new-version-heading" className="space-y-3">
        <h2 id="new-version-heading" className="text-xl font-bold">
          Upload a new version
        </h2>
        {canUploadVersion ? (
          <>
            <p className="text-slate-700">Improved your resume? Upload it here: the new report links to this one and shows what changed.</p>
            <UploadForm previous={{ id: reportId, ...market }} />
          </>
        ) : (
          // Versions belong to the browser that made the report; a private link opens only this one report.
          <p className="text-slate-700">
            You opened this report through a private link. Upload a new version from the browser you made it on, so your versions stay
            together.
          </p>
        )}
      </section>
      <section aria-labelledby="delete-heading" className="space-y-3">
        <h2 id="delete-heading" className="text-xl font-bold">
          Delete this report
        </h2>
        <DeleteForm reportId={reportId} />
      </section>
    </div>
  );
}
