"use client";

/** Opens the browser's print dialog; the print stylesheet lays the report out as a document. */
export function PrintButton() {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="rounded border border-slate-300 bg-white px-4 py-2 font-semibold hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2"
    >
      Print or save as PDF
    </button>
  );
}
