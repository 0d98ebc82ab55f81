import type { ByteSource } from "../io/stream";
import { CsvRowReader, type CsvRow, type RowProblem } from "./csv-rows";
import { skipped, type ImportEvent, type SourceContext } from "./events";
import { articleFromRecord, headerProblem, resolveColumns, type Columns, type RecordContext } from "./fields";
import { decodeStream } from "./text-stream";

/** What is wrong with a row, in the user's words. */
function rowReason(problem: RowProblem, header: readonly string[]): string {
  const name = header[problem.field];
  const column = name === undefined ? "" : ` in column "${name}"`;
  return problem.kind === "opening-quote" ? `broken row: a quote inside an unquoted field${column}` : `broken row: text after a closing quote${column}`;
}

const unterminated = (line: number): string =>
  `unterminated quote: a quoted field opened on or after line ${line} never closes, so the file was not read beyond it`;

/** The header's names → each row's fields by name (a name given twice: the later field). */
function recordOf(header: readonly string[], fields: readonly string[]): Record<string, string> {
  const record: Record<string, string> = {};
  for (let i = 0; i < header.length; i++) record[header[i]!] = fields[i]!;
  return record;
}

/** Reads the rows after the header: each is an article, or skipped with its line and reason. */
class CsvRows {
  private header: string[] | undefined;
  private columns: Columns = {};
  /** Set when the header cannot give articles: the file stops there. */
  problem: string | undefined;

  constructor(
    private readonly file: string,
    private readonly context: Omit<RecordContext, "line" | "fallbackId">,
  ) {}

  events(rows: readonly CsvRow[]): ImportEvent[] {
    const events: ImportEvent[] = [];
    for (const row of rows) {
      if (this.problem) break;
      const event = this.event(row);
      if (event) events.push(event);
    }
    return events;
  }

  private event(row: CsvRow): ImportEvent | undefined {
    const file = this.file;
    if (row.kind === "unterminated") return skipped(file, row.line, unterminated(row.line));
    if (!this.header) {
      this.header = row.fields;
      this.columns = resolveColumns(row.fields, this.context.map);
      this.problem = headerProblem(row.fields, this.columns, this.context.map);
      return undefined;
    }
    if (row.problem) return skipped(file, row.line, rowReason(row.problem, this.header));
    if (row.fields.length !== this.header.length) {
      return skipped(file, row.line, `wrong column count: ${row.fields.length} fields, the header has ${this.header.length}`);
    }
    const outcome = articleFromRecord(recordOf(this.header, row.fields), this.columns, {
      ...this.context,
      line: row.line,
      fallbackId: `${file}#${row.line}`,
    });
    return "article" in outcome ? { kind: "article", article: outcome.article } : skipped(file, row.line, outcome.reason);
  }
}

/**
 * A CSV export, streamed: the header names the columns (common names, or
 * `--map`), each row is one article. A row that cannot be read (wrong
 * column count, a stray or unterminated quote, empty text, an undecodable
 * byte) is skipped with its line; the other rows are read.
 */
export async function* readCsv(source: ByteSource, ctx: SourceContext): AsyncGenerator<ImportEvent> {
  const file = source.path;
  const decoded = await decodeStream(source, ctx.options.encoding);
  const reader = new CsvRowReader();
  const rows = new CsvRows(file, {
    source: file,
    encoding: decoded.encoding,
    map: ctx.options.map ?? {},
    outlet: ctx.options.outlet,
    folderOutlet: ctx.folderOutlet,
  });
  for await (const chunk of decoded.text) {
    const events = rows.events(reader.push(chunk));
    if (rows.problem) return yield skipped(file, 1, rows.problem);
    yield* events;
    yield { kind: "progress", source: file, bytesRead: decoded.bytesRead(), bytesTotal: source.size };
  }
  const events = rows.events(reader.end());
  if (rows.problem) yield skipped(file, 1, rows.problem);
  else yield* events;
}
