import type { ArticleResult } from "../analysis/corpus";

export const MATCH_CSV_COLUMNS = [
  "article",
  "outlet",
  "term",
  "form",
  "text",
  "start",
  "end",
  "target",
  "category",
  "valence",
  "voice",
  "scare_quoted",
  "cue",
  "sentence",
  "parent",
  "role",
  "construction",
  "resolved_target",
  "resolved_by",
] as const;

type Cell = string | number | boolean | null;

/**
 * One CSV record, quoted as csv-stringify quotes by default (a field with a
 * comma, a double quote or a line break is quoted, quotes doubled; "\n"
 * ends the record). Written here because this runs once per match of a
 * streamed corpus and csv-stringify's per-field machinery cost more than the
 * analysis; tests/unit/analysis-stream.test.ts checks it against csv-stringify.
 */
export function csvRecord(cells: readonly Cell[]): string {
  let line = "";
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    const text = cell === null ? "" : String(cell);
    const quote = text.includes(",") || text.includes('"') || text.includes("\n") || text.includes("\r");
    line += (i === 0 ? "" : ",") + (quote ? `"${text.replaceAll('"', '""')}"` : text);
  }
  return `${line}\n`;
}

export const MATCH_CSV_HEADER = csvRecord(MATCH_CSV_COLUMNS);

/** One row per match, for spreadsheets: the rows of one article (no header), so a corpus is written article by article. */
export function matchCsvRows({ article, analysis }: ArticleResult): string {
  let rows = "";
  for (const m of analysis.matches) {
    rows += csvRecord([
      article.id,
      article.outlet,
      m.term,
      m.form,
      m.text,
      m.start,
      m.end,
      m.target,
      m.category,
      m.valence,
      m.voice,
      m.scare_quoted,
      m.cue,
      m.sentence,
      m.parent ?? "",
      m.role ?? "",
      m.construction ? `${m.construction.kind}:${m.construction.id}` : "",
      m.resolved?.target ?? "",
      m.resolved?.by ?? "",
    ]);
  }
  return rows;
}
