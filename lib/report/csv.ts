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
  let line = csvField(cells[0] ?? null);
  for (let i = 1; i < cells.length; i++) line += `,${csvField(cells[i]!)}`;
  return `${line}\n`;
}

/** A field that would need quotes: one pass over the text instead of a search per character that matters. */
const NEEDS_QUOTES = /[",\n\r]/;

/** Text as a field: quoted (quotes doubled) only when it holds a comma, a quote or a line break; null is empty. */
const textField = (text: string | null | undefined): string =>
  text == null ? "" : NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;

/** One field as csvRecord writes it: only text can hold a comma, a quote or a line break. */
function csvField(cell: Cell): string {
  return typeof cell === "string" || cell === null ? textField(cell) : String(cell);
}

export const MATCH_CSV_HEADER = csvRecord(MATCH_CSV_COLUMNS);

/**
 * One row per match, for spreadsheets: the rows of one article (no header),
 * so a corpus is written article by article. The same as csvRecord of each
 * row; the article's own fields are quoted once, not once per match.
 */
export function matchCsvRows({ article, analysis }: Pick<ArticleResult, "article" | "analysis">): string {
  const head = `${csvField(article.id)},${csvField(article.outlet)},`;
  let rows = "";
  // one template per row, each cell as csvField writes it (numbers and booleans as String gives them): building an
  // array of cells per match and joining it cost the rows a third more (48.7 → 34.0 ms per 1,000 of the bench's articles)
  for (const m of analysis.matches) {
    const construction = m.construction ? textField(`${m.construction.kind}:${m.construction.id}`) : "";
    rows +=
      `${head}${textField(m.term)},${textField(m.form)},${textField(m.text)},${m.start},${m.end},${textField(m.target)},` +
      `${textField(m.category)},${m.valence},${textField(m.voice)},${m.scare_quoted},${textField(m.cue)},${m.sentence},` +
      `${m.parent ?? ""},${textField(m.role)},${construction},${textField(m.resolved?.target)},${textField(m.resolved?.by)}\n`;
  }
  return rows;
}
