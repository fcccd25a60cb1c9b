/** A column heading; numeric columns align right, with their figures. */
export type Column = string | { label: string; numeric: true };

/** A table's column headings: every table in the app heads its columns this one way. */
export function TableHead({ columns, className = "p-2" }: { columns: readonly Column[]; className?: string }) {
  return (
    <thead>
      <tr className="border-b border-slate-300 text-left">
        {columns.map((column) => {
          const label = typeof column === "string" ? column : column.label;
          return (
            <th key={label} scope="col" className={typeof column === "string" ? className : `${className} text-right`}>
              {label}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}
