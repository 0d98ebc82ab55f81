import { passageAt, type Passage } from "../report/passages";
import type { Match } from "../analysis/analyze-text";
import type { Sql } from "./db";
import { decodeStored } from "./match-strings";
import { articleWhere } from "./selection";
import type { StoreFilter } from "./types";

export interface StorePassageQuery extends StoreFilter {
  readonly target?: string;
  readonly term?: string;
  readonly voice?: "all" | "own";
}

interface ArticleRow {
  id: number;
  source_id: string;
  outlet: string;
  title: string | null;
  date: string | null;
  body: string;
  words: number;
  codes: Uint8Array;
  string_ids: number[];
}

/** Articles whose match lists are read at a time: a passage query reads only as many as it needs. */
const ARTICLE_PAGE = 200;

const wanted = (q: StorePassageQuery) => (m: Match) =>
  (!q.target || m.target === q.target) && (!q.term || m.term === q.term) && (q.voice !== "own" || m.voice === "author");

/**
 * The passages behind a chart bar or a time point: the sentence of each match, in corpus order, at
 * most `limit`, after skipping the first `offset` (the pages of /passages). Articles are read in id
 * order a page at a time (only those whose match list names the target or term) and their match
 * lists (migration 011) decoded and filtered here, until the limit is reached: the cost follows the passages
 * shown, not the size of the corpus.
 */
export async function storePassages(db: Sql, version: number, q: StorePassageQuery, limit = 500, offset = 0): Promise<Passage[]> {
  const keep = wanted(q);
  let skip = offset;
  const passages: Passage[] = [];
  let after = 0;
  while (passages.length < limit) {
    const params: unknown[] = [version];
    const where = [articleWhere(q, params), `a.id > $${params.push(after)}`];
    // a cheap superset in SQL: the target's (or term's) id is in the analysis' term counts
    for (const id of [q.target, q.term]) if (id) where.push(`(SELECT m.id FROM match_strings m WHERE m.s = $${params.push(id)}) = ANY(an.term_counts)`);
    const rows = await db.query<ArticleRow>(
      `SELECT a.id::int AS id, a.source_id, o.name AS outlet, a.title, a.date, a.body, an.words, am.codes, am.string_ids
       FROM articles a JOIN outlets o ON o.id = a.outlet_id
       JOIN analyses an ON an.content_hash = a.content_hash AND an.lexicon_version = $1
       JOIN analysis_matches am ON am.analysis_id = an.id
       WHERE ${where.join(" AND ")}
       ORDER BY a.id LIMIT $${params.push(ARTICLE_PAGE)}`,
      params,
    );
    if (rows.length === 0) break;
    const analyses = await decodeStored(db, rows);
    for (const [i, r] of rows.entries()) {
      const article = { id: r.source_id, outlet: r.outlet, title: r.title ?? "", date: r.date, body: r.body };
      const { sentences, matches } = analyses[i]!;
      for (const m of matches) {
        if (passages.length >= limit) break;
        if (!keep(m)) continue;
        if (skip > 0) skip--;
        else passages.push(passageAt(article, sentences[m.sentence]!, m));
      }
    }
    after = rows[rows.length - 1]!.id;
  }
  return passages;
}
