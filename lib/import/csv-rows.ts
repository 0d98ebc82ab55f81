/**
 * CSV text → rows, chunk by chunk (RFC 4180: `,` between fields, `"` quotes,
 * `""` a quote inside quotes, a row ends at \r\n, \n or \r outside quotes,
 * empty lines skipped). Each row carries the line it starts on, counted in
 * the original text (a line break inside a quoted field is a line), and the
 * first thing wrong with it; the rest of the file is read. Only an unfinished
 * row is held between chunks, so an export of any size streams.
 *
 * Our own, not csv-parse: csv-parse works on bytes (the decoded text went back
 * to a Buffer and was decoded again field by field) and was ~75% of the time
 * spent reading a CSV export; this reader slices the decoded text.
 */

/** What makes a row unreadable; `field` is the 0-based index of the field where it was seen. */
export type RowProblem =
  | { readonly kind: "opening-quote"; readonly field: number }
  | { readonly kind: "closing-quote"; readonly field: number };

export type CsvRow =
  | { readonly kind: "row"; readonly fields: string[]; readonly line: number; readonly problem?: RowProblem }
  /** A quoted field that never closes: nothing after `line` can be read. */
  | { readonly kind: "unterminated"; readonly line: number };

const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;

/** A row read from `start`, where the next one starts and how many lines it took; undefined when the text ends before the row does. */
interface Parsed {
  readonly row: CsvRow;
  readonly next: number;
  readonly lines: number;
}

/** Where an unquoted field ends: the next comma or line break, or the text's end (-1 when more text may follow). */
function unquotedEnd(s: string, from: number, final: boolean): number {
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === COMMA || c === LF || c === CR) return i;
  }
  return final ? s.length : -1;
}

/** Reads one row starting at `start` (not an empty line); `line` is the line it starts on. */
function readRow(s: string, start: number, line: number, final: boolean): Parsed | undefined {
  const fields: string[] = [];
  let problem: RowProblem | undefined;
  let breaks = 0;
  let pos = start;
  for (;;) {
    let value: string;
    if (s.charCodeAt(pos) === QUOTE) {
      // a quoted field: up to the quote not doubled; line breaks in it are lines of the file
      value = "";
      let from = pos + 1;
      let i = from;
      for (;;) {
        if (i >= s.length) return final ? { row: { kind: "unterminated", line }, next: s.length, lines: 0 } : undefined;
        const c = s.charCodeAt(i);
        if (c === QUOTE) {
          if (i + 1 >= s.length && !final) return undefined;
          if (s.charCodeAt(i + 1) === QUOTE) {
            value += s.slice(from, i + 1);
            from = i += 2;
            continue;
          }
          break;
        }
        // \r\n, \n and \r are each one line break (a \r at the text's end: the row is unfinished anyway)
        if (c === LF || (c === CR && s.charCodeAt(i + 1) !== LF)) breaks++;
        i++;
      }
      value += s.slice(from, i);
      pos = i + 1;
      const after = s.charCodeAt(pos);
      if (pos < s.length && after !== COMMA && after !== LF && after !== CR) {
        // text after the closing quote: kept as part of the field, up to its end, and the row is broken
        problem ??= { kind: "closing-quote", field: fields.length };
        const end = unquotedEnd(s, pos, final);
        if (end < 0) return undefined;
        value += s.slice(pos, end);
        pos = end;
      }
    } else {
      const end = unquotedEnd(s, pos, final);
      if (end < 0) return undefined;
      value = s.slice(pos, end);
      if (problem === undefined && value.includes('"')) problem = { kind: "opening-quote", field: fields.length };
      pos = end;
    }
    fields.push(value);
    if (pos >= s.length) {
      if (!final) return undefined;
      return { row: { kind: "row", fields, line, problem }, next: pos, lines: breaks };
    }
    const c = s.charCodeAt(pos);
    if (c === COMMA) {
      pos++;
      continue;
    }
    // a line break ends the row; \r at the text's end may be the first half of \r\n
    if (c === CR && pos + 1 >= s.length && !final) return undefined;
    const next = c === CR && s.charCodeAt(pos + 1) === LF ? pos + 2 : pos + 1;
    return { row: { kind: "row", fields, line, problem }, next, lines: breaks + 1 };
  }
}

/** Rows of a CSV text given in chunks: `push` each chunk, then `end`. */
export class CsvRowReader {
  private rest = "";
  private waiting: string[] = [];
  private waitingLength = 0;
  private line = 1;
  private started = false;
  private done = false;

  /** The rows complete in the text so far. */
  push(chunk: string): CsvRow[] {
    if (this.done) return [];
    this.waiting.push(chunk);
    this.waitingLength += chunk.length;
    // an unfinished row is read again only when the text after it has doubled, so a huge row costs linear time
    if (this.waitingLength < this.rest.length) return [];
    return this.read(false);
  }

  /** The last rows, once the text has ended. */
  end(): CsvRow[] {
    return this.done ? [] : this.read(true);
  }

  private read(final: boolean): CsvRow[] {
    let s = this.rest + this.waiting.join("");
    this.waiting = [];
    this.waitingLength = 0;
    // a byte order mark opens the text, never a field (iconv-lite strips one: this is for text given otherwise)
    if (!this.started && s.length > 0) {
      this.started = true;
      if (s.charCodeAt(0) === 0xfeff) s = s.slice(1);
    }
    const rows: CsvRow[] = [];
    let pos = 0;
    while (pos < s.length) {
      const c = s.charCodeAt(pos);
      if (c === LF || c === CR) {
        // an empty line
        if (c === CR && pos + 1 >= s.length && !final) break;
        pos += c === CR && s.charCodeAt(pos + 1) === LF ? 2 : 1;
        this.line++;
        continue;
      }
      const parsed = readRow(s, pos, this.line, final);
      if (!parsed) break;
      rows.push(parsed.row);
      if (parsed.row.kind === "unterminated") {
        this.done = true;
        pos = s.length;
        break;
      }
      this.line += parsed.lines;
      pos = parsed.next;
    }
    this.rest = s.slice(pos);
    return rows;
  }
}
