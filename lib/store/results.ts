import type { TextAnalysis } from "../analysis/analyze-text";
import type { Sql } from "./db";
import { decodeStored } from "./match-strings";
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
  words: number;
  /** The analysis' sentences and matches in the store's compact form (migration 011), decoded as the engine returned them. */
  codes: Uint8Array;
  string_ids: number[];
}

function toResult(row: ArticleRow, analysis: TextAnalysis): StoredResult {
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
            an.words, am.codes, am.string_ids
     FROM articles a JOIN outlets o ON o.id = a.outlet_id
     JOIN analyses an ON an.content_hash = a.content_hash AND an.lexicon_version = $1
     JOIN analysis_matches am ON am.analysis_id = an.id
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
    const analyses = await decodeStored(db, rows);
    for (const [i, row] of rows.entries()) yield toResult(row, analyses[i]!);
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
  const analyses = await decodeStored(db, rows);
  return rows.map((row, i) => toResult(row, analyses[i]!));
}
