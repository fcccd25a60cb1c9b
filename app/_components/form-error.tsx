/** The live region every form uses for its one error sentence. */
export function FormError({ error }: { error: { code?: string; message?: string } | null | undefined }) {
  return (
    <div aria-live="polite" role="status" className="min-h-6">
      {error?.message && (
        <p className="rounded border border-red-200 bg-red-50 p-3 text-red-800" data-error-code={error.code}>
          {error.message}
        </p>
      )}
    </div>
  );
}

export const inputClass = "block w-full rounded border border-slate-300 p-2";
export const buttonClass =
  "rounded bg-brand px-5 py-2.5 font-semibold text-white hover:bg-blue-800 focus-visible:outline-2 focus-visible:outline-offset-2 disabled:cursor-wait disabled:opacity-70";
