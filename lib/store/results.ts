import type { Match, TextAnalysis } from "../analysis/analyze-text";
import type { Category } from "../lexicon/schema";
import type { Voice } from "../voice";
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
}

interface MatchRow {
  content_hash: string;
  term: string;
  form: string;
  text: string;
  start_at: number;
  end_at: number;
  token_start: number;
  token_end: number;
  target: string;
  category: Category;
  valence: number;
  voice: Voice;
  scare_quoted: boolean;
  cue: string | null;
  sentence: number;
  parent: number | null;
  role: Match["role"];
  construction: Match["construction"];
  resolved: Match["resolved"];
}

/** A stored match in the engine's shape (keys in the engine's order, so JSON output is the same). */
const toMatch = (r: MatchRow): Match => ({
  term: r.term,
  form: r.form,
  text: r.text,
  start: r.start_at,
  end: r.end_at,
  token_start: r.token_start,
  token_end: r.token_end,
  target: r.target,
  category: r.category,
  valence: r.valence,
  voice: r.voice,
  scare_quoted: r.scare_quoted,
  cue: r.cue,
  sentence: r.sentence,
  parent: r.parent,
  role: r.role,
  construction: r.construction,
  resolved: r.resolved,
});

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
              a.content_hash, an.words, an.sentence_starts, an.sentence_ends
       FROM articles a JOIN outlets o ON o.id = a.outlet_id
       JOIN analyses an ON an.content_hash = a.content_hash AND an.lexicon_version = $1
       WHERE ${where} AND a.id > $${params.push(after)}
       ORDER BY a.id LIMIT $${params.push(pageSize)}`,
      params,
    );
    if (rows.length === 0) return;
    const matches = await db.query<MatchRow>(
      `SELECT content_hash, term, form, text, start_at, end_at, token_start, token_end, target, category, valence, voice, scare_quoted, cue, sentence, parent, role, construction, resolved
       FROM matches WHERE lexicon_version = $1 AND content_hash = ANY($2::text[]) ORDER BY content_hash, ord`,
      [version, rows.map((r) => r.content_hash)],
    );
    const byHash = new Map<string, Match[]>();
    for (const m of matches) {
      let list = byHash.get(m.content_hash);
      if (!list) byHash.set(m.content_hash, (list = []));
      list.push(toMatch(m));
    }
    for (const row of rows) yield toResult(row, byHash.get(row.content_hash) ?? []);
    after = rows[rows.length - 1]!.id;
  }
}
