import { articleCount } from "./aggregates";
import type { Sql } from "./db";
import { matchCountSql } from "./match-strings";
import { readResults } from "./results";
import { articleWhere } from "./selection";
import type { StoreFilter, StoredResult } from "./types";

/**
 * What the web pages read besides sums: bounded lists of articles, one
 * article, the outlets and targets to filter by. Every answer is a page or a
 * lookup, never the whole corpus, so no page grows with the store.
 */

/** One line of an article list or picker. */
export interface ArticleListItem {
  readonly id: string;
  readonly outlet: string;
  readonly title: string;
  readonly date: string | null;
  readonly words: number;
  readonly matches: number;
}

export interface ArticlePage {
  /** Analysed articles of the selection, in all. */
  readonly total: number;
  readonly items: readonly ArticleListItem[];
}

interface ItemRow {
  id: string;
  outlet: string;
  title: string | null;
  date: string | null;
  words: number;
  matches: number;
}

const toItem = (r: ItemRow): ArticleListItem => ({ id: r.id, outlet: r.outlet, title: r.title ?? "", date: r.date, words: r.words, matches: r.matches });

/** The columns of a list item (articles `a`, outlets `o`, analyses `an`). */
const ITEM_COLUMNS = `a.source_id AS id, o.name AS outlet, a.title, a.date, an.words,
  ${matchCountSql("an")} AS matches`;

/**
 * A page of the analysed articles of a selection, in the order they were stored, and how many there
 * are (counted as the summary counts them: the caller folds the summary first).
 */
export async function articlePage(db: Sql, version: number, filter: StoreFilter, offset: number, limit: number): Promise<ArticlePage> {
  const params: unknown[] = [version];
  const where = articleWhere(filter, params);
  const from = `FROM articles a JOIN outlets o ON o.id = a.outlet_id JOIN analyses an ON an.content_hash = a.content_hash AND an.lexicon_version = $1 WHERE ${where}`;
  const total = await articleCount(db, version, filter);
  // a page of no rows (the count alone) asks nothing more
  const rows = limit > 0 ? await db.query<ItemRow>(`SELECT ${ITEM_COLUMNS} ${from} ORDER BY a.id OFFSET $${params.push(offset)} LIMIT $${params.push(limit)}`, params) : [];
  return { total, items: rows.map(toItem) };
}

/** The analysed article with this id (the first stored, should two sources share an id), or null. */
export async function storedArticle(db: Sql, version: number, id: string): Promise<StoredResult | null> {
  for await (const result of readResults(db, version, { ids: [id] }, 1)) return result;
  return null;
}

/**
 * Articles of the same story as `id`, for the compare picker: its near
 * duplicates both ways (the import links each new article to the earlier one
 * it nearly repeats), other outlets first, at most `limit`.
 */
export async function sameStory(db: Sql, version: number, id: string, limit: number): Promise<ArticleListItem[]> {
  const rows = await db.query<ItemRow>(
    `WITH me AS (SELECT a.id, a.near_duplicate_of, a.outlet_id FROM articles a WHERE a.source_id = $2 ORDER BY a.id LIMIT 1)
     SELECT ${ITEM_COLUMNS}
     FROM me JOIN articles a ON a.id <> me.id AND (a.id = me.near_duplicate_of OR a.near_duplicate_of = me.id
       OR (me.near_duplicate_of IS NOT NULL AND a.near_duplicate_of = me.near_duplicate_of))
     JOIN outlets o ON o.id = a.outlet_id JOIN analyses an ON an.content_hash = a.content_hash AND an.lexicon_version = $1
     ORDER BY (a.outlet_id = me.outlet_id), a.id LIMIT $3`,
    [version, id, limit],
  );
  return rows.map(toItem);
}

/** Two analysed articles of different outlets that share a story (a near-duplicate link), the earliest such pair; null when none. */
export async function storyPair(db: Sql, version: number): Promise<[string, string] | null> {
  const rows = await db.query<{ a: string; b: string }>(
    `SELECT e.source_id AS a, n.source_id AS b FROM articles n JOIN articles e ON e.id = n.near_duplicate_of AND e.outlet_id <> n.outlet_id
     WHERE EXISTS (SELECT 1 FROM analyses an WHERE an.content_hash = n.content_hash AND an.lexicon_version = $1)
       AND EXISTS (SELECT 1 FROM analyses an WHERE an.content_hash = e.content_hash AND an.lexicon_version = $1)
     ORDER BY n.id LIMIT 1`,
    [version],
  );
  return rows[0] ? [rows[0].a, rows[0].b] : null;
}

/** Which outlets use each of `terms` (for "other outlets call this…"): the summary's outlets per term (migration 006), never a scan of the matches. */
export async function termOutlets(db: Sql, version: number, terms: readonly { term: string; target: string }[]): Promise<Map<string, Set<string>>> {
  const out = new Map<string, Set<string>>();
  if (terms.length === 0) return out;
  const rows = await db.query<{ term: string; outlet: string }>(
    `SELECT DISTINCT mm.s AS term, o.name AS outlet FROM summary_terms t JOIN outlets o ON o.id = t.outlet_id
       JOIN match_strings mt ON mt.id = t.target_id JOIN match_strings mm ON mm.id = t.term_id
     WHERE t.lexicon_version = $1 AND mt.s = ANY($2::text[]) AND mm.s = ANY($3::text[])`,
    [version, [...new Set(terms.map((t) => t.target))], terms.map((t) => t.term)],
  );
  for (const r of rows) {
    let set = out.get(r.term);
    if (!set) out.set(r.term, (set = new Set()));
    set.add(r.outlet);
  }
  return out;
}

/** Every outlet, by name, with its English name: the filters' choices (one row per outlet, never per article). */
export async function outletNames(db: Sql): Promise<{ outlet: string; outlet_en: string | null }[]> {
  const rows = await db.query<{ outlet: string; outlet_en: string | null }>("SELECT name AS outlet, name_en AS outlet_en FROM outlets WHERE EXISTS (SELECT 1 FROM articles a WHERE a.outlet_id = outlets.id)");
  return rows.sort((a, b) => (a.outlet < b.outlet ? -1 : a.outlet > b.outlet ? 1 : 0));
}

/**
 * Which of `targets` some analysed article mentions as matched (side-switching
 * labels under their own target, as the in-memory corpus lists them): one
 * pass over the summary's year rows, their targets and readings unnested (two
 * of the row's arrays), not a scan of the tallies. Every tally row is summed
 * into one year row of the summary (migration 018 dropped the tallies' target
 * index), so the caller folds the summary first.
 */
export async function mentionedTargets(db: Sql, version: number, targets: readonly string[]): Promise<Set<string>> {
  const rows = await db.query<{ target: string }>(
    `SELECT DISTINCT x.target FROM summary_tallies s CROSS JOIN LATERAL unnest(s.targets, s.resolutions) AS x(target, resolution)
     WHERE s.lexicon_version = $1 AND s.grain = 'y' AND x.resolution IN ('both', 'unresolved') AND x.target = ANY($2::text[])`,
    [version, [...targets]],
  );
  return new Set(rows.map((r) => r.target));
}
