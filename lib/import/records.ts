import { skipped, type ImportEvent, type SourceContext } from "./events";
import { articleFromRecord, headerProblem, resolveColumns, type Columns } from "./fields";

/**
 * JSON records (a JSONL line, an element of a JSON array) → events. Each
 * record names its own keys, so columns are resolved per distinct key set.
 */
export class RecordReader {
  private readonly columnsByKeys = new Map<string, { columns: Columns; problem: string | undefined }>();

  constructor(
    private readonly file: string,
    private readonly encoding: string,
    private readonly ctx: SourceContext,
  ) {}

  /** `item` names the record in reasons when it has no line (an element of a JSON array). */
  read(value: unknown, line: number | null, itemId: string, item?: number): ImportEvent {
    const event = this.readRecord(value, line, itemId);
    if (event.kind === "skipped" && item !== undefined) return { ...event, reason: `item ${item}: ${event.reason}` };
    return event;
  }

  private readRecord(value: unknown, line: number | null, itemId: string): ImportEvent {
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      return skipped(this.file, line, `not a JSON object (${Array.isArray(value) ? "an array" : value === null ? "null" : typeof value})`);
    }
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record);
    const map = this.ctx.options.map ?? {};
    const signature = keys.join("\u0000");
    let resolved = this.columnsByKeys.get(signature);
    if (!resolved) {
      const columns = resolveColumns(keys, map);
      resolved = { columns, problem: headerProblem(keys, columns, map, false) };
      if (this.columnsByKeys.size < 1000) this.columnsByKeys.set(signature, resolved);
    }
    if (resolved.problem) return skipped(this.file, line, resolved.problem);
    const outcome = articleFromRecord(record, resolved.columns, {
      source: this.file,
      line,
      fallbackId: itemId,
      encoding: this.encoding,
      map,
      outlet: this.ctx.options.outlet,
      folderOutlet: this.ctx.folderOutlet,
    });
    return "article" in outcome ? { kind: "article", article: outcome.article } : skipped(this.file, line, outcome.reason);
  }
}
