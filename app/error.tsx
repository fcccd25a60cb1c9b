"use client";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <div role="alert" className="space-y-4">
      <h1 className="text-2xl font-bold">Something went wrong</h1>
      <p>SkillGap could not finish this request. Nothing you entered was lost: try again.</p>
      <button type="button" onClick={reset} className="rounded bg-brand px-4 py-2 text-white">
        Try again
      </button>
    </div>
  );
}
