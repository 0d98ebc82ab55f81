import { period } from "../analysis/filter";
import type { Sql } from "./db";
import type { BandIndex } from "./band-index";
import { linkNearDuplicates } from "./near-duplicates";
import { binaryColumns, binaryParams } from "./binary-array";
import type { AddedArticles, ImportProblem, NewArticle } from "./types";

/** Outlet ids by name, the outlets new to the store created (an English name fills a missing one). */
async function outletIds(tx: Sql, articles: readonly NewArticle[]): Promise<Map<string, number>> {
  const byName = new Map<string, string | null>();
  for (const a of articles) if (!byName.get(a.outlet)) byName.set(a.outlet, a.outletEn);
  const rows = await tx.query<{ id: number; name: string }>(
    `INSERT INTO outlets (name, name_en) SELECT * FROM unnest($1::text[], $2::text[])
     ON CONFLICT (name) DO UPDATE SET name_en = coalesce(outlets.name_en, EXCLUDED.name_en)
     RETURNING id, name`,
    [[...byName.keys()], [...byName.values()]],
  );
  return new Map(rows.map((r) => [r.name, r.id]));
}

const ARTICLE_COLUMNS = [
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

/**
 * Adds a batch of articles in the caller's transaction: an article whose
 * content hash the store holds is skipped and counted. Each new article is
 * linked to its near-duplicate (`bands`: the holders of the LSH bands) and
 * gets (with `queue`) an analysis job for `lexiconVersion`, in the same
 * transaction, so a killed import leaves whole articles or none.
 */
export async function insertArticles(tx: Sql, batchId: number, articles: readonly NewArticle[], lexiconVersion: number, bands: BandIndex, queue = true): Promise<AddedArticles & { ids: Map<string, number> }> {
  if (articles.length === 0) return { imported: 0, duplicates: 0, nearDuplicates: 0, ids: new Map() };
  const outlets = await outletIds(tx, articles);
  const rows = articles.map((a) => {
    const [from, to] = a.date ? period(a.date) : [null, null];
    return {
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
      signature: a.signature.length > 0 ? a.signature.join(",") : null,
    };
  });
  const inserted = await tx.query<{ id: number; content_hash: string }>(
    `INSERT INTO articles (${ARTICLE_COLUMNS.map(([n]) => n).join(", ")}) SELECT * FROM unnest(${binaryParams(ARTICLE_COLUMNS)})
     ON CONFLICT (content_hash) DO NOTHING RETURNING id::int AS id, content_hash`,
    binaryColumns(rows, ARTICLE_COLUMNS),
  );
  const ids = new Map(inserted.map((r) => [r.content_hash, r.id]));
  const fresh = articles.filter((a) => ids.has(a.contentHash)).map((a) => ({ id: ids.get(a.contentHash)!, signature: a.signature, bands: a.bands }));
  const nearDuplicates = await linkNearDuplicates(tx, fresh, bands);
  if (queue) await queueAnalyses(tx, [...ids.keys()], lexiconVersion);
  return { imported: ids.size, duplicates: articles.length - ids.size, nearDuplicates, ids };
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
