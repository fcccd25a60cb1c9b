/** A column heading; numeric columns align right, with their figures. */
export type Column = string | { label: string; numeric: true };

/**
 * A table's column headings: every table in the app heads its columns this one way. `className` styles each heading
 * cell; `null` leaves them to the table's own stylesheet (`.report-table` in app/globals.css), with no class at all.
 */
export function TableHead({ columns, className = "p-2" }: { columns: readonly Column[]; className?: string | null }) {
  return (
    <thead>
      <tr className="border-b border-slate-300 text-left">
        {columns.map((column) => {
          const label = typeof column === "string" ? column : column.label;
          const cell = typeof column === "string" ? className : [className, "text-right"].filter(Boolean).join(" ");
          return (
            <th key={label} scope="col" className={cell ?? undefined}>
              {label}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}
