/**
 * A streaming CSV reader (RFC 4180: commas, double quotes, "" inside quotes, newlines inside quoted fields, CRLF or
 * LF). Chunks go in as they arrive; whole records come out, so memory holds one record, never the file. One pass
 * over each character: linear in the input.
 */

/** A field longer than this is a broken quote swallowing the file, not a posting. */
export const MAX_FIELD_CHARS = 500_000;

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

export type CsvRecord = { fields: string[]; line: number } | { error: "bad-row"; line: number; reason: string };

export class CsvReader {
  private fields: string[] = [];
  private field = "";
  private quoted = false;
  /** After a closing quote: only a comma, a newline or another quote may follow. */
  private afterQuote = false;
  private line = 1;
  private recordLine = 1;
  private skipping = false;
  private pendingCr = false;

  /**
   * The records completed by this chunk. Runs of ordinary characters are found with indexOf or a charCode scan
   * and appended as one slice each, so a posting's text is a few slices, never one string per character.
   */
  push(chunk: string): CsvRecord[] {
    const out: CsvRecord[] = [];
    const n = chunk.length;
    let i = 0;
    while (i < n) {
      if (this.pendingCr) {
        this.pendingCr = false;
        if (chunk.charCodeAt(i) === LF) {
          i++;
          continue;
        }
      }
      if (this.skipping) {
        // Recovering from a broken row: drop to the end of the physical line.
        let j = i;
        while (j < n && chunk.charCodeAt(j) !== LF && chunk.charCodeAt(j) !== CR) j++;
        if (j === n) break;
        this.line++;
        this.pendingCr = chunk.charCodeAt(j) === CR;
        this.skipping = false;
        this.reset();
        i = j + 1;
        continue;
      }
      if (this.quoted) {
        const quote = chunk.indexOf('"', i);
        const end = quote < 0 ? n : quote;
        if (end > i && !this.append(chunk, i, end, out)) {
          i = this.overflowAt;
          continue;
        }
        if (quote < 0) break;
        this.quoted = false;
        this.afterQuote = true;
        i = quote + 1;
        continue;
      }
      const c = chunk.charCodeAt(i);
      if (c === QUOTE) {
        if (this.afterQuote) {
          this.field += '"';
          this.quoted = true;
          this.afterQuote = false;
        } else if (this.field.length === 0) this.quoted = true;
        else if (!this.append(chunk, i, i + 1, out)) {
          i = this.overflowAt;
          continue;
        }
        i++;
        continue;
      }
      if (c === COMMA) {
        this.fields.push(this.field);
        this.field = "";
        this.afterQuote = false;
        i++;
        continue;
      }
      if (c === LF || c === CR) {
        this.pendingCr = c === CR;
        this.line++;
        this.finishRecord(out);
        i++;
        continue;
      }
      if (this.afterQuote) {
        out.push({ error: "bad-row", line: this.recordLine, reason: "text after a closing quote" });
        this.skipping = true;
        i++;
        continue;
      }
      // An unquoted run: everything up to the next quote, comma or line break.
      let j = i + 1;
      while (j < n) {
        const d = chunk.charCodeAt(j);
        if (d === QUOTE || d === COMMA || d === LF || d === CR) break;
        j++;
      }
      if (!this.append(chunk, i, j, out)) {
        i = this.overflowAt;
        continue;
      }
      i = j;
    }
    return out;
  }

  /** The last record, if the input did not end with a newline. */
  end(): CsvRecord[] {
    const out: CsvRecord[] = [];
    if (this.quoted) out.push({ error: "bad-row", line: this.recordLine, reason: "a quote is never closed" });
    else if (!this.skipping && (this.field.length > 0 || this.fields.length > 0)) this.finishRecord(out);
    this.reset();
    return out;
  }

  /** Where the character that overflowed a field was, when `append` returns false: reading resumes after it. */
  private overflowAt = 0;

  /**
   * Appends chunk[from, to) to the field (counting the line breaks in it when quoted). When the field would pass
   * MAX_FIELD_CHARS, reports the row, takes up to the character that overflowed, and returns false: the rest of
   * the physical line is then skipped.
   */
  private append(chunk: string, from: number, to: number, out: CsvRecord[]): boolean {
    const room = MAX_FIELD_CHARS - this.field.length;
    const fits = to - from <= room;
    const end = fits ? to : from + room + 1;
    if (this.quoted) for (let k = from; k < end; k++) if (chunk.charCodeAt(k) === LF) this.line++;
    if (fits) {
      this.field += chunk.slice(from, to);
      return true;
    }
    out.push({
      error: "bad-row",
      line: this.recordLine,
      reason: `a field is longer than ${MAX_FIELD_CHARS.toLocaleString("en-US")} characters`,
    });
    this.quoted = false;
    this.skipping = true;
    this.overflowAt = end;
    return false;
  }

  private finishRecord(out: CsvRecord[]): void {
    this.fields.push(this.field);
    const blank = this.fields.length === 1 && this.fields[0] === "";
    if (!blank) out.push({ fields: this.fields, line: this.recordLine });
    this.reset();
  }

  private reset(): void {
    this.fields = [];
    this.field = "";
    this.quoted = false;
    this.afterQuote = false;
    this.recordLine = this.line;
  }
}
