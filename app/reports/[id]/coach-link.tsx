import { AttachForm, DetachForm } from "./coach-link-forms";

/** On the owner's report page: who (if anyone) coaches this report (read with the report), and the way to change that. */
export function CoachLink({ reportId, coach }: { reportId: string; coach: { name: string; clientLabel: string | null } | null }) {
  return (
    <section aria-labelledby="coach-heading" className="no-print space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="coach-heading" className="text-lg font-bold">
        Your coach
      </h2>
      {coach ? (
        <>
          <p data-testid="coach-status">
            Visible to your coach <strong>{coach.name}</strong>
            {coach.clientLabel ? ` as “${coach.clientLabel}”` : ""}.
          </p>
          <DetachForm reportId={reportId} />
        </>
      ) : (
        <>
          <p data-testid="coach-status">Only you can see this report.</p>
          <details>
            <summary className="cursor-pointer text-sm text-brand underline">Show it to a coach</summary>
            <div className="mt-3">
              <AttachForm reportId={reportId} />
            </div>
          </details>
        </>
      )}
    </section>
  );
}
