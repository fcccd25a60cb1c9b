/**
 * A streaming CSV reader (RFC 4180: commas, double quotes, "" inside quotes, newlines inside quoted fields, CRLF or
 * LF) over UTF-8 bytes. Chunks go in as they arrive; whole records come out, so memory holds one field's bytes,
 * never the file. The delimiters are ASCII, which never occurs inside a multi-byte UTF-8 character, so the reader
 * finds them in the bytes (indexOf for quotes, a byte scan for the rest) and decodes each field once, from its own
 * bytes: every field is a fresh flat string (one byte a character when it is Latin-1), never a slice of a chunk
 * or a concatenation of pieces, which is the string the skill reader's regular expressions run fastest on.
 */

/** A field longer than this is a broken quote swallowing the file, not a posting. */
export const MAX_FIELD_CHARS = 500_000;
/** A UTF-16 character takes at most three UTF-8 bytes: a field with more bytes than this is too long, decoded or not. */
const MAX_FIELD_BYTES = 3 * MAX_FIELD_CHARS;

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

export type CsvRecord = { fields: string[]; line: number } | { error: "bad-row"; line: number; reason: string };

/** Where the reader is: before a field's first byte, inside a field, after a closing quote (only a comma or a line
 * break may follow), or recovering from a broken row (dropping bytes up to the end of the physical line). */
const Mode = { Start: 0, Unquoted: 1, Quoted: 2, AfterQuote: 3, Skipping: 4 } as const;
type Mode = (typeof Mode)[keyof typeof Mode];

const TOO_LONG = `a field is longer than ${MAX_FIELD_CHARS.toLocaleString("en-US")} characters`;

export class CsvReader {
  /** The bytes not yet read: from the current field's start (or the scan position) to the end of the last chunk. */
  private buffer: Buffer = Buffer.alloc(0);
  /** Where scanning resumes in `buffer`. */
  private pos = 0;
  /** Where the current field's content starts in `buffer` (after its opening quote, when quoted). */
  private fieldStart = 0;
  private mode: Mode = Mode.Start;
  /** The quoted field holds a doubled quote, so its content needs "" turned into ". */
  private escaped = false;
  /** A closed quoted field's value, waiting for its comma or line break. */
  private value = "";
  private fields: string[] = [];
  private line = 1;
  private recordLine = 1;
  private pendingCr = false;

  /** The records completed by this chunk (text is encoded as UTF-8 first). */
  push(chunk: Uint8Array | string): CsvRecord[] {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    const keep = this.mode === Mode.Unquoted || this.mode === Mode.Quoted ? this.fieldStart : this.pos;
    if (keep >= this.buffer.length) {
      this.buffer = bytes;
      this.pos -= keep;
      this.fieldStart -= keep;
    } else {
      this.buffer = Buffer.concat([this.buffer.subarray(keep), bytes]);
      this.pos -= keep;
      this.fieldStart -= keep;
    }
    const out: CsvRecord[] = [];
    this.scan(out, false);
    return out;
  }

  /** The last record, if the input did not end with a newline. */
  end(): CsvRecord[] {
    const out: CsvRecord[] = [];
    this.scan(out, true);
    if (this.mode === Mode.Quoted) out.push({ error: "bad-row", line: this.recordLine, reason: "a quote is never closed" });
    else if (this.mode === Mode.Unquoted) {
      if (this.endField(this.buffer.length, out)) this.finishRecord(out);
    } else if (this.mode === Mode.AfterQuote) {
      this.fields.push(this.value);
      this.finishRecord(out);
    } else if (this.mode === Mode.Start && this.fields.length > 0) {
      this.fields.push("");
      this.finishRecord(out);
    }
    this.buffer = Buffer.alloc(0);
    this.pos = 0;
    this.fieldStart = 0;
    this.reset();
    return out;
  }

  /** Reads records from `pos` to the end of `buffer`; `final` when no more bytes will come. */
  private scan(out: CsvRecord[], final: boolean): void {
    const buffer = this.buffer;
    const n = buffer.length;
    let pos = this.pos;
    while (pos < n) {
      if (this.pendingCr) {
        this.pendingCr = false;
        if (buffer[pos] === LF) {
          pos++;
          continue;
        }
      }
      const mode = this.mode;
      if (mode === Mode.Skipping) {
        let j = pos;
        while (j < n && buffer[j] !== LF && buffer[j] !== CR) j++;
        if (j === n) {
          pos = n;
          break;
        }
        this.line++;
        this.pendingCr = buffer[j] === CR;
        this.reset();
        pos = j + 1;
      } else if (mode === Mode.Start) {
        this.escaped = false;
        if (buffer[pos] === QUOTE) {
          this.mode = Mode.Quoted;
          pos++;
        } else this.mode = Mode.Unquoted;
        this.fieldStart = pos;
      } else if (mode === Mode.Unquoted) {
        // Up to the next comma or line break; a quote inside an unquoted field is an ordinary character.
        let j = pos;
        let c = 0;
        while (j < n) {
          c = buffer[j]!;
          if (c === COMMA || c === LF || c === CR) break;
          j++;
        }
        if (j === n) {
          pos = n;
          break;
        }
        const fits = this.endField(j, out);
        pos = j + 1;
        if (c === COMMA) this.mode = fits ? Mode.Start : Mode.Skipping;
        else this.endLine(c, out, fits);
      } else if (mode === Mode.Quoted) {
        const quote = buffer.indexOf(QUOTE, pos);
        if (quote < 0 || (quote === n - 1 && !final)) {
          // The field goes on in the next chunk (or, for a last quote, the next byte says whether it is doubled).
          pos = quote < 0 ? n : quote;
          break;
        }
        if (buffer[quote + 1] === QUOTE) {
          this.escaped = true;
          pos = quote + 2;
          continue;
        }
        this.countLines(this.fieldStart, quote);
        const value = this.decode(this.fieldStart, quote);
        pos = quote + 1;
        if (value === null) {
          out.push({ error: "bad-row", line: this.recordLine, reason: TOO_LONG });
          this.mode = Mode.Skipping;
        } else {
          this.value = value;
          this.mode = Mode.AfterQuote;
        }
      } else {
        const c = buffer[pos]!;
        pos++;
        if (c === COMMA) {
          this.fields.push(this.value);
          this.mode = Mode.Start;
        } else if (c === LF || c === CR) {
          this.fields.push(this.value);
          this.endLine(c, out, true);
        } else {
          out.push({ error: "bad-row", line: this.recordLine, reason: "text after a closing quote" });
          this.mode = Mode.Skipping;
        }
      }
    }
    this.pos = pos;
    if ((this.mode === Mode.Quoted || this.mode === Mode.Unquoted) && pos - this.fieldStart > MAX_FIELD_BYTES) {
      // A broken quote swallowing the file: report it now rather than hold the rest of the file.
      out.push({ error: "bad-row", line: this.recordLine, reason: TOO_LONG });
      if (this.mode === Mode.Quoted) this.countLines(this.fieldStart, pos);
      this.mode = Mode.Skipping;
    }
    if (this.mode === Mode.Skipping || this.mode === Mode.Start || this.mode === Mode.AfterQuote) this.fieldStart = this.pos;
  }

  /** The unquoted field ending at `end` onto the record; false (and the row reported) when it is too long. */
  private endField(end: number, out: CsvRecord[]): boolean {
    const value = this.decode(this.fieldStart, end);
    if (value === null) {
      out.push({ error: "bad-row", line: this.recordLine, reason: TOO_LONG });
      return false;
    }
    this.fields.push(value);
    return true;
  }

  /** A line break ends the record (unless its row was already reported). */
  private endLine(c: number, out: CsvRecord[], keep: boolean): void {
    this.line++;
    this.pendingCr = c === CR;
    if (keep) this.finishRecord(out);
    else this.reset();
  }

  /** The field's text from its bytes, or null when it is longer than MAX_FIELD_CHARS. */
  private decode(from: number, to: number): string | null {
    if (to - from > MAX_FIELD_BYTES) return null;
    let value = this.buffer.toString("utf8", from, to);
    if (this.escaped) value = value.replaceAll('""', '"');
    return value.length > MAX_FIELD_CHARS ? null : value;
  }

  /** Line breaks inside a quoted field still count as lines of the file. */
  private countLines(from: number, to: number): void {
    for (let at = this.buffer.indexOf(LF, from); at >= 0 && at < to; at = this.buffer.indexOf(LF, at + 1)) this.line++;
  }

  private finishRecord(out: CsvRecord[]): void {
    const blank = this.fields.length === 1 && this.fields[0] === "";
    if (!blank) out.push({ fields: this.fields, line: this.recordLine });
    this.reset();
  }

  private reset(): void {
    this.fields = [];
    this.value = "";
    this.escaped = false;
    this.mode = Mode.Start;
    this.recordLine = this.line;
  }
}
