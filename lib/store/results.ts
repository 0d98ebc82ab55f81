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

/** The analysed articles (with their analysis of `version`) whose rows `where` keeps, in store order; `version` is `$1`. */
async function resultRows(db: Sql, params: unknown[], where: string, limit: number): Promise<ArticleRow[]> {
  return db.query<ArticleRow>(
    `SELECT a.id::int AS id, a.source, a.source_id, o.name AS outlet, o.name_en AS outlet_en, a.title, a.date, a.url, a.encoding, a.body,
            a.content_hash, an.words, an.sentence_starts, an.sentence_ends, an.match_list
     FROM articles a JOIN outlets o ON o.id = a.outlet_id
     JOIN analyses an ON an.content_hash = a.content_hash AND an.lexicon_version = $1
     WHERE ${where}
     ORDER BY a.id LIMIT $${params.push(limit)}`,
    params,
  );
}

/**
 * The analysed articles of a selection, a page at a time in the order they
 * were stored: memory holds one page, whatever the size of the corpus.
 */
export async function* readResults(db: Sql, version: number, filter: StoreFilter, pageSize = 200): AsyncGenerator<StoredResult> {
  let after = 0;
  for (;;) {
    const params: unknown[] = [version];
    const rows = await resultRows(db, params, `${articleWhere(filter, params)} AND a.id > $${params.push(after)}`, pageSize);
    if (rows.length === 0) return;
    for (const row of rows) yield toResult(row, row.match_list);
    after = rows[rows.length - 1]!.id;
  }
}

/**
 * A sample of the analysed articles, bounded whatever the corpus: of each outlet, the
 * `perOutlet` articles dated last (undated ones after), so every outlet is in it and a
 * comparison of outlets (discovery's keyness) has each one's own words. Reads the outlets'
 * (outlet, date) index, then the sampled rows only.
 */
export async function sampleResults(db: Sql, version: number, perOutlet: number): Promise<StoredResult[]> {
  const params: unknown[] = [version];
  const sampled = `a.id IN (SELECT s.id FROM outlets o CROSS JOIN LATERAL (
      SELECT x.id FROM articles x JOIN analyses xa ON xa.content_hash = x.content_hash AND xa.lexicon_version = $1
      WHERE x.outlet_id = o.id ORDER BY x.date_from DESC NULLS LAST, x.id DESC LIMIT $${params.push(perOutlet)}) s)`;
  const rows = await resultRows(db, params, sampled, Number.MAX_SAFE_INTEGER);
  return rows.map((row) => toResult(row, row.match_list));
}
