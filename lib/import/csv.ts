import { parse, type CsvError } from "csv-parse";
import type { ByteSource } from "../io/stream";
import { skipped, type ImportEvent, type SourceContext } from "./events";
import { articleFromRecord, headerProblem, resolveColumns, type Columns } from "./fields";
import { decodeStream } from "./text-stream";

/** Line breaks inside a row's quoted fields: how far its first line is above the line it ends on. */
const innerLineBreaks = (fields: readonly unknown[]): number =>
  fields.reduce<number>((n, f) => n + (typeof f === "string" ? (f.match(/\r\n|\r|\n/g)?.length ?? 0) : 0), 0);

/** csv-parse's errors in the user's words. */
function csvReason(error: CsvError & { record?: unknown[]; column?: unknown }, headerLength: number, quoteStart: number): string {
  const record = error.record;
  const column = typeof error.column === "string" ? ` in column "${error.column}"` : "";
  switch (error.code) {
    case "CSV_RECORD_INCONSISTENT_COLUMNS":
    case "CSV_RECORD_INCONSISTENT_FIELDS_LENGTH":
      return `wrong column count: ${record?.length ?? "?"} fields, the header has ${headerLength}`;
    case "CSV_QUOTE_NOT_CLOSED":
      return `unterminated quote: a quoted field opened on or after line ${quoteStart} never closes, so the file was not read beyond it`;
    case "INVALID_OPENING_QUOTE":
      return `broken row: a quote inside an unquoted field${column}`;
    case "CSV_INVALID_CLOSING_QUOTE":
      return `broken row: text after a closing quote${column}`;
    default:
      return `broken row: ${error.message}`;
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
  const map = ctx.options.map ?? {};
  const decoded = await decodeStream(source, ctx.options.encoding);
  const queue: ImportEvent[] = [];
  let header: string[] = [];
  let columns: Columns = {};
  let problem: string | undefined;
  let lastLine = 1;
  const parser = parse({
    bom: true,
    // strict quoting: a stray quote is a broken row, not silently part of the text
    relax_quotes: false,
    skip_empty_lines: true,
    skip_records_with_error: true,
    columns: (names: string[]) => {
      header = names;
      columns = resolveColumns(names, map);
      problem = headerProblem(names, columns, map);
      return names;
    },
    // records are handled here, in order with the skips, and never buffered in the stream
    on_record: (record: Record<string, string>, info) => {
      lastLine = info.lines;
      const line = info.lines - innerLineBreaks(Object.values(record));
      const outcome = articleFromRecord(record, columns, {
        source: file,
        line,
        fallbackId: `${file}#${line}`,
        encoding: decoded.encoding,
        map,
        outlet: ctx.options.outlet,
        folderOutlet: ctx.folderOutlet,
      });
      queue.push("article" in outcome ? { kind: "article", article: outcome.article } : skipped(file, line, outcome.reason));
      return null;
    },
  });
  parser.on("skip", (error: CsvError & { lines?: number; record?: unknown[] }) => {
    const endLine = error.lines ?? lastLine + 1;
    const line = error.code === "CSV_QUOTE_NOT_CLOSED" ? lastLine + 1 : endLine - (error.record ? innerLineBreaks(error.record) : 0);
    queue.push(skipped(file, line, csvReason(error, header.length, lastLine + 1)));
    lastLine = endLine;
  });
  parser.on("error", (error: Error) => queue.push(skipped(file, null, `not readable as CSV: ${error.message}`)));
  parser.on("data", () => undefined);
  for await (const chunk of decoded.text) {
    parser.write(chunk);
    if (problem) {
      parser.destroy();
      yield skipped(file, 1, problem);
      return;
    }
    yield* queue.splice(0);
    yield { kind: "progress", source: file, bytesRead: decoded.bytesRead(), bytesTotal: source.size };
  }
  await new Promise<void>((resolve) => parser.end(resolve));
  if (problem) yield skipped(file, 1, problem);
  else yield* queue.splice(0);
}
