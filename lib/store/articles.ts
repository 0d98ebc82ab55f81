import { period } from "../analysis/filter";
import { signatureText } from "../import/fingerprint";
import type { Sql } from "./db";
import type { BandIndex } from "./band-index";
import { linkNearDuplicates, type Fingerprinted } from "./near-duplicates";
import { markUnlinked } from "./link-pass";
import { binaryColumns, binaryParams } from "./binary-array";
import type { AddedArticles, ImportProblem, NewArticle } from "./types";

/**
 * Outlet ids by name, the outlets new to the store created (an English name fills a missing one).
 * The outlets already stored as wanted are only read: an upsert locks its rows until commit, and
 * batches written at once on several connections (all naming the same few outlets) waited for
 * each other there.
 */
async function outletIds(tx: Sql, articles: readonly NewArticle[]): Promise<Map<string, number>> {
  const byName = new Map<string, string | null>();
  for (const a of articles) if (!byName.get(a.outlet)) byName.set(a.outlet, a.outletEn);
  const stored = await tx.query<{ id: number; name: string; name_en: string | null }>("SELECT id, name, name_en FROM outlets WHERE name = ANY($1::text[])", [[...byName.keys()]]);
  const ids = new Map(stored.map((r) => [r.name, r.id]));
  const filled = new Set(stored.filter((r) => r.name_en !== null).map((r) => r.name));
  // in the batch's order, as before: new outlets get the same ids
  const wanted = [...byName].filter(([name, en]) => !ids.has(name) || (en !== null && !filled.has(name)));
  if (wanted.length === 0) return ids;
  const rows = await tx.query<{ id: number; name: string }>(
    `INSERT INTO outlets (name, name_en) SELECT * FROM unnest($1::text[], $2::text[])
     ON CONFLICT (name) DO UPDATE SET name_en = coalesce(outlets.name_en, EXCLUDED.name_en)
     RETURNING id, name`,
    [wanted.map(([name]) => name), wanted.map(([, en]) => en)],
  );
  for (const r of rows) ids.set(r.name, r.id);
  return ids;
}

const ARTICLE_COLUMNS = [
  ["id", "int8"],
  ["source", "text"],
  ["line", "int"],
  ["source_id", "text"],
  ["outlet_id", "int"],
  ["date", "text"],
  ["date_from", "text"],
  ["date_to", "text"],
  ["title", "text"],
  ["url", "text"],
  ["language", "text"],
  ["encoding", "text"],
  ["body", "text"],
  ["content_hash", "text"],
  ["batch_id", "int"],
  ["signature", "text"],
] as const;

/** How a batch's articles get their ids and links. */
export interface ArticleWrite {
  /** Ids reserved for the articles in read order (reserveArticleIds); else the sequence gives them as they are inserted. */
  readonly ids?: readonly number[];
  /** Leave the near-duplicate links to a later pass (link-pass.ts): the articles are listed in `unlinked_articles`. */
  readonly linkLater?: boolean;
}

export interface InsertedArticles extends AddedArticles {
  readonly ids: Map<string, number>;
  /** The batch's outlets' ids, by name. */
  readonly outlets: ReadonlyMap<string, number>;
  /** The new articles with their fingerprints: what the later link pass needs. */
  readonly fresh: Fingerprinted[];
}

/**
 * Adds a batch of articles in the caller's transaction: an article whose
 * content hash the store holds is skipped and counted. Each new article is
 * linked to its near-duplicate (`bands`: the holders of the LSH bands) or,
 * with `linkLater`, put on the list of articles to link, and gets (with `queue`) an analysis job for `lexiconVersion`, in the same
 * transaction, so a killed import leaves whole articles or none.
 */
export async function insertArticles(tx: Sql, batchId: number, articles: readonly NewArticle[], lexiconVersion: number, bands: BandIndex, queue = true, write: ArticleWrite = {}): Promise<InsertedArticles> {
  if (articles.length === 0) return { imported: 0, duplicates: 0, nearDuplicates: 0, ids: new Map(), outlets: new Map(), fresh: [] };
  const outlets = await outletIds(tx, articles);
  const rows = articles.map((a, i) => {
    const [from, to] = a.date ? period(a.date) : [null, null];
    return {
      id: write.ids?.[i] ?? null,
      source: a.source,
      line: a.line,
      source_id: a.sourceId,
      outlet_id: outlets.get(a.outlet)!,
      date: a.date,
      date_from: from,
      date_to: to,
      title: a.title,
      url: a.url,
      language: a.language,
      encoding: a.encoding,
      body: a.body,
      content_hash: a.contentHash,
      batch_id: batchId,
      signature: a.signatureText !== undefined ? a.signatureText : signatureText(a.signature),
    };
  });
  // without reserved ids the id column is left out, and the sequence numbers the rows
  const columns = write.ids ? ARTICLE_COLUMNS : ARTICLE_COLUMNS.slice(1);
  const inserted = await tx.query<{ id: number; content_hash: string }>(
    `INSERT INTO articles (${columns.map(([n]) => n).join(", ")}) SELECT * FROM unnest(${binaryParams(columns)})
     ON CONFLICT (content_hash) DO NOTHING RETURNING id::int AS id, content_hash`,
    binaryColumns(rows, columns),
  );
  const ids = new Map(inserted.map((r) => [r.content_hash, r.id]));
  const fresh = articles.filter((a) => ids.has(a.contentHash)).map((a) => ({ id: ids.get(a.contentHash)!, signature: a.signature, bands: a.bands }));
  const nearDuplicates = write.linkLater ? 0 : await linkNearDuplicates(tx, fresh, bands);
  if (write.linkLater) await markUnlinked(tx, [...ids.values()]);
  if (queue) await queueAnalyses(tx, [...ids.keys()], lexiconVersion);
  return { imported: ids.size, duplicates: articles.length - ids.size, nearDuplicates, ids, outlets, fresh };
}

/** `n` article ids, in increasing order, taken from the articles' sequence: reserved in read order, a batch's ids follow the earlier batches' whatever connection writes it first. */
export async function reserveArticleIds(db: Sql, n: number): Promise<number[]> {
  if (n === 0) return [];
  const rows = await db.query<{ id: number }>("SELECT nextval(pg_get_serial_sequence('articles', 'id'))::float8 AS id FROM generate_series(1, $1) ORDER BY 1", [n]);
  return rows.map((r) => r.id);
}

/** A job for each of these articles not yet analysed with `lexiconVersion`. */
async function queueAnalyses(tx: Sql, hashes: readonly string[], lexiconVersion: number): Promise<void> {
  await tx.query(
    `INSERT INTO analysis_jobs (content_hash, lexicon_version)
     SELECT h, $2 FROM unnest($1::text[]) AS h
     WHERE NOT EXISTS (SELECT 1 FROM analyses an WHERE an.content_hash = h AND an.lexicon_version = $2)
     ON CONFLICT DO NOTHING`,
    [hashes, lexiconVersion],
  );
}

const PROBLEM_COLUMNS = [
  ["source", "text"],
  ["line", "int"],
  ["reason", "text"],
] as const;

export async function insertProblems(tx: Sql, batchId: number, problems: readonly ImportProblem[]): Promise<void> {
  if (problems.length === 0) return;
  await tx.query(
    `INSERT INTO import_problems (batch_id, source, line, reason) SELECT $1, * FROM unnest(${binaryParams(PROBLEM_COLUMNS, 2)})`,
    [batchId, ...binaryColumns(problems, PROBLEM_COLUMNS)],
  );
}
