/** A report section: a heading that names it for screen readers and keeps it together on paper. */
export function Section({
  id,
  title,
  children,
  className = "",
}: {
  id: string;
  title: React.ReactNode;
  children: React.ReactNode;
  className?: string;
}) {
  return (
    <section aria-labelledby={`${id}-heading`} className={`report-section space-y-3 ${className}`} data-section={id}>
      <h2 id={`${id}-heading`} className="text-xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}

export const CARD = "rounded-lg border border-slate-200 bg-white p-5";
