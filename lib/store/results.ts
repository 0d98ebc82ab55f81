import type { Match, TextAnalysis } from "../analysis/analyze-text";
import type { Sql } from "./db";
import { articleWhere } from "./selection";
import type { StoreFilter, StoredResult } from "./types";

interface ArticleRow {
  id: number;
  source: string;
  source_id: string;
  outlet: string;
  outlet_en: string | null;
  title: string | null;
  date: string | null;
  url: string | null;
  encoding: string | null;
  body: string;
  content_hash: string;
  words: number;
  sentence_starts: number[];
  sentence_ends: number[];
  /** The engine's matches as it returned them (JSON keeps their keys' order, so output is the same). */
  match_list: Match[];
}

function toResult(row: ArticleRow, matches: readonly Match[]): StoredResult {
  const analysis: TextAnalysis = {
    words: row.words,
    sentences: row.sentence_starts.map((start, i) => ({ start, end: row.sentence_ends[i]! })),
    matches,
  };
  return {
    article: {
      id: row.source_id,
      path: row.source,
      outlet: row.outlet,
      outlet_en: row.outlet_en,
      title: row.title ?? "",
      date: row.date,
      url: row.url,
      body: row.body,
      encoding: row.encoding ?? "utf-8",
      meta: { store_id: row.id },
    },
    analysis,
  };
}

/**
 * The analysed articles of a selection, a page at a time in the order they
 * were stored: memory holds one page, whatever the size of the corpus.
 */
export async function* readResults(db: Sql, version: number, filter: StoreFilter, pageSize = 200): AsyncGenerator<StoredResult> {
  let after = 0;
  for (;;) {
    const params: unknown[] = [version];
    const where = articleWhere(filter, params);
    const rows = await db.query<ArticleRow>(
      `SELECT a.id::int AS id, a.source, a.source_id, o.name AS outlet, o.name_en AS outlet_en, a.title, a.date, a.url, a.encoding, a.body,
              a.content_hash, an.words, an.sentence_starts, an.sentence_ends, an.match_list
       FROM articles a JOIN outlets o ON o.id = a.outlet_id
       JOIN analyses an ON an.content_hash = a.content_hash AND an.lexicon_version = $1
       WHERE ${where} AND a.id > $${params.push(after)}
       ORDER BY a.id LIMIT $${params.push(pageSize)}`,
      params,
    );
    if (rows.length === 0) return;
    for (const row of rows) yield toResult(row, row.match_list);
    after = rows[rows.length - 1]!.id;
  }
}
