import { FIELDS, FieldSchema, ImportedArticleSchema, type Field, type ImportedArticle } from "./schema";
import { normalizeDate } from "./dates";

/** Column or key names each field goes by in common exports (Media Cloud, scrapers, archives); compared case-insensitively, first found wins. */
export const FIELD_NAMES: Readonly<Record<Field, readonly string[]>> = {
  title: ["title", "headline"],
  url: ["url", "link"],
  id: ["id", "guid", "stories_id"],
  date: ["publish_date", "date", "published", "pubdate"],
  outlet: ["media_name", "outlet", "source", "site", "media"],
  outletEn: ["outlet_en", "media_name_en"],
  text: ["text", "body", "content", "story_text", "article"],
  language: ["language", "lang"],
};

export type FieldMap = Partial<Record<Field, string>>;

export class FieldMapError extends Error {}

/** `--map text=story_text,outlet=site` → { text: "story_text", outlet: "site" }; each error names the bad part. */
export function parseFieldMap(spec: string): FieldMap {
  const map: FieldMap = {};
  for (const part of spec.split(",").map((p) => p.trim())) {
    if (!part) continue;
    const eq = part.indexOf("=");
    if (eq <= 0 || eq === part.length - 1) throw new FieldMapError(`--map: "${part}" is not FIELD=COLUMN`);
    const name = part.slice(0, eq).trim();
    const column = part.slice(eq + 1).trim();
    const field = FieldSchema.safeParse(name === "outlet_en" ? "outletEn" : name);
    if (!field.success) throw new FieldMapError(`--map: "${part}": unknown field "${name}" (fields: ${FIELDS.join(", ")})`);
    if (map[field.data] !== undefined) throw new FieldMapError(`--map: "${part}": field "${name}" is mapped twice`);
    map[field.data] = column;
  }
  return map;
}

/** Which key of the records holds each field: the mapped one, else the first common name present. */
export type Columns = Partial<Record<Field, string>>;

export function resolveColumns(keys: readonly string[], map: FieldMap = {}): Columns {
  const byLower = new Map<string, string>();
  for (const k of keys) if (!byLower.has(k.trim().toLowerCase())) byLower.set(k.trim().toLowerCase(), k);
  const columns: Columns = {};
  for (const field of FIELDS) {
    const names = map[field] !== undefined ? [map[field]!] : FIELD_NAMES[field];
    const found = names.map((n) => byLower.get(n.toLowerCase())).find((k) => k !== undefined);
    if (found !== undefined) columns[field] = found;
  }
  return columns;
}

/**
 * What stops a header (or a JSON record's keys) from giving articles at all,
 * or undefined when it can. A CSV header must have every mapped column; a
 * JSON record may leave out a mapped key other than the text.
 */
export function headerProblem(keys: readonly string[], columns: Columns, map: FieldMap = {}, everyMapped = true): string | undefined {
  const mapped = everyMapped ? (Object.keys(map) as Field[]) : map.text !== undefined ? (["text"] as const) : [];
  const missing = mapped.filter((f) => columns[f] === undefined);
  if (missing.length > 0) {
    return `no column ${missing.map((f) => `"${map[f]}" (--map ${f}=${map[f]})`).join(", ")} (found: ${keys.join(", ")})`;
  }
  if (columns.text === undefined) {
    return `no text column: expected one of ${FIELD_NAMES.text.join(", ")}, or --map text=COLUMN (found: ${keys.join(", ")})`;
  }
  return undefined;
}

export interface RecordContext {
  readonly source: string;
  readonly line: number | null;
  /** `${file}#${line}` (or item number): the id when the record has neither id nor url. */
  readonly fallbackId: string;
  readonly encoding: string;
  readonly map: FieldMap;
  readonly outlet?: string;
  readonly folderOutlet?: string;
}

const textOf = (value: unknown): string | null => {
  if (value === undefined || value === null) return null;
  const text = typeof value === "string" ? value : typeof value === "number" || typeof value === "boolean" ? String(value) : null;
  return text === null || text.trim() === "" ? null : text;
};
const trimmed = (value: unknown): string | null => textOf(value)?.trim() ?? null;

/** U+FFFD is what a decoder leaves for a byte it cannot read: such a record would be mojibake. */
const REPLACEMENT = "\uFFFD";

export type RecordOutcome = { readonly article: ImportedArticle } | { readonly reason: string };

/** One row or JSON record → an article, or why it is skipped. */
export function articleFromRecord(record: Readonly<Record<string, unknown>>, columns: Columns, ctx: RecordContext): RecordOutcome {
  const get = (field: Field): unknown => (columns[field] === undefined ? undefined : record[columns[field]!]);
  for (const field of FIELDS) {
    const value = get(field);
    if (typeof value === "string" && value.includes(REPLACEMENT)) {
      return { reason: `undecodable byte in column "${columns[field]}" (not valid ${ctx.encoding})` };
    }
  }
  const body = textOf(get("text"));
  if (body === null) return { reason: `empty text (column "${columns.text ?? "text"}")` };
  const dateText = trimmed(get("date"));
  const date = dateText === null ? null : normalizeDate(typeof get("date") === "number" ? get("date") : dateText);
  if (dateText !== null && date === null && ctx.map.date !== undefined) {
    return { reason: `unreadable date "${dateText}" in column "${columns.date}" (expected a calendar date such as 2019-04-05)` };
  }
  const url = trimmed(get("url"));
  const article = {
    source: ctx.source,
    line: ctx.line,
    sourceId: trimmed(get("id")) ?? url ?? ctx.fallbackId,
    outlet: ctx.outlet ?? trimmed(get("outlet")) ?? ctx.folderOutlet ?? null,
    outletEn: trimmed(get("outletEn")),
    date,
    title: trimmed(get("title")),
    url,
    language: trimmed(get("language")),
    body,
  };
  const checked = ImportedArticleSchema.safeParse(article);
  if (!checked.success) return { reason: checked.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ") };
  return { article: checked.data };
}
