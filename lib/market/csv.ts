/**
 * A streaming CSV reader (RFC 4180: commas, double quotes, "" inside quotes, newlines inside quoted fields, CRLF or
 * LF). Chunks go in as they arrive; whole records come out, so memory holds one record, never the file. One pass
 * over each character: linear in the input.
 */

/** A field longer than this is a broken quote swallowing the file, not a posting. */
export const MAX_FIELD_CHARS = 500_000;

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

  /** The records completed by this chunk. */
  push(chunk: string): CsvRecord[] {
    const out: CsvRecord[] = [];
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i]!;
      if (this.pendingCr) {
        this.pendingCr = false;
        if (c === "\n") continue;
      }
      if (this.skipping) {
        // Recovering from a broken row: drop to the end of the physical line.
        if (c === "\n" || c === "\r") {
          this.line++;
          this.pendingCr = c === "\r";
          this.skipping = false;
          this.reset();
        }
        continue;
      }
      if (this.quoted) {
        if (c === '"') {
          this.quoted = false;
          this.afterQuote = true;
        } else {
          if (c === "\n") this.line++;
          this.append(c, out);
        }
        continue;
      }
      if (c === '"') {
        if (this.afterQuote) {
          this.append('"', out);
          this.quoted = true;
          this.afterQuote = false;
        } else if (this.field.length === 0) this.quoted = true;
        else this.append(c, out);
        continue;
      }
      if (c === ",") {
        this.fields.push(this.field);
        this.field = "";
        this.afterQuote = false;
        continue;
      }
      if (c === "\n" || c === "\r") {
        this.pendingCr = c === "\r";
        this.line++;
        this.finishRecord(out);
        continue;
      }
      if (this.afterQuote) {
        out.push({ error: "bad-row", line: this.recordLine, reason: "text after a closing quote" });
        this.skipping = true;
        continue;
      }
      this.append(c, out);
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

  private append(c: string, out: CsvRecord[]): void {
    this.field += c;
    if (this.field.length > MAX_FIELD_CHARS) {
      out.push({
        error: "bad-row",
        line: this.recordLine,
        reason: `a field is longer than ${MAX_FIELD_CHARS.toLocaleString("en-US")} characters`,
      });
      this.quoted = false;
      this.skipping = true;
    }
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
