/**
 * CSV that spreadsheet programs open correctly: UTF-8 with a byte-order mark (Excel otherwise guesses a legacy
 * code page), every field quoted, CRLF line ends, and no formulas. A cell a spreadsheet would evaluate, one that
 * starts with = + - @ (or a tab or carriage return, which some programs strip before looking), gets a leading
 * apostrophe so it shows as text: a client label like "=HYPERLINK(…)" must never run on the coach's machine.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function quote(value: string): string {
  return `"${neutraliseCell(value).replaceAll('"', '""')}"`;
}

export function toCsv(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const lines = [header, ...rows].map((row) => row.map((cell) => quote(String(cell))).join(","));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
