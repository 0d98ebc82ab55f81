import { passageAt, type Passage } from "../report/passages";
import type { Voice } from "../voice";
import type { Sql } from "./db";
import { articleWhere } from "./selection";
import type { StoreFilter } from "./types";

export interface StorePassageQuery extends StoreFilter {
  readonly target?: string;
  readonly term?: string;
  readonly voice?: "all" | "own";
}

interface Row {
  article_id: number;
  source_id: string;
  outlet: string;
  title: string | null;
  date: string | null;
  start_at: number;
  end_at: number;
  term: string;
  target: string;
  valence: number;
  voice: Voice;
  scare_quoted: boolean;
  s_start: number;
  s_end: number;
}

/** The passages behind a chart bar or a time point: the sentence of each match, in corpus order, `limit` of them from `offset`. */
export async function storePassages(db: Sql, version: number, q: StorePassageQuery, limit = 500, offset = 0): Promise<Passage[]> {
  const params: unknown[] = [version];
  const where = [articleWhere(q, params)];
  if (q.target) where.push(`m.target = $${params.push(q.target)}`);
  if (q.term) where.push(`m.term = $${params.push(q.term)}`);
  if (q.voice === "own") where.push(`m.voice = 'author'`);
  const rows = await db.query<Row>(
    `SELECT a.id::int AS article_id, a.source_id, o.name AS outlet, a.title, a.date, m.start_at, m.end_at, m.term, m.target, m.valence, m.voice,
            m.scare_quoted, an.sentence_starts[m.sentence + 1] AS s_start, an.sentence_ends[m.sentence + 1] AS s_end
     FROM matches m JOIN analyses an ON an.content_hash = m.content_hash AND an.lexicon_version = m.lexicon_version
     JOIN articles a ON a.content_hash = m.content_hash JOIN outlets o ON o.id = a.outlet_id
     WHERE m.lexicon_version = $1 AND ${where.join(" AND ")}
     ORDER BY a.id, m.ord OFFSET $${params.push(offset)} LIMIT $${params.push(limit)}`,
    params,
  );
  // offsets are UTF-16 code units, as in the engine: slice the body in JavaScript, not with SQL substring (code points)
  const ids = [...new Set(rows.map((r) => r.article_id))];
  const bodies = new Map(
    (await db.query<{ id: number; body: string }>("SELECT id::int AS id, body FROM articles WHERE id = ANY($1::bigint[])", [ids])).map((r) => [r.id, r.body]),
  );
  return rows.map((r) =>
    passageAt(
      { id: r.source_id, outlet: r.outlet, title: r.title ?? "", date: r.date, body: bodies.get(r.article_id)! },
      { start: r.s_start, end: r.s_end },
      { start: r.start_at, end: r.end_at, term: r.term, target: r.target, valence: r.valence, voice: r.voice, scare_quoted: r.scare_quoted },
    ),
  );
}
