import type { FileProblem } from "../io/files";
import type { Sql } from "./db";
import type { ImportProblem, OutletMeta } from "./types";

export interface OutletSummary extends OutletMeta {
  readonly articles: number;
  readonly first: string | null;
  readonly last: string | null;
}

export interface CorpusOverview {
  readonly articles: number;
  readonly analysed: number;
  readonly nearDuplicates: number;
  readonly outlets: readonly OutletSummary[];
  /** Articles per month (YYYY-MM), dated ones only. */
  readonly months: readonly { readonly month: string; readonly articles: number }[];
  readonly undated: number;
}

/** What the corpus holds: outlets with their metadata and counts, and articles per month. */
export async function corpusOverview(db: Sql, version: number): Promise<CorpusOverview> {
  const [totals] = await db.query<{ articles: number; analysed: number; near: number; undated: number }>(
    `SELECT count(*)::int AS articles,
            count(*) FILTER (WHERE EXISTS (SELECT 1 FROM analyses an WHERE an.content_hash = a.content_hash AND an.lexicon_version = $1))::int AS analysed,
            count(a.near_duplicate_of)::int AS near, count(*) FILTER (WHERE a.date IS NULL)::int AS undated
     FROM articles a`,
    [version],
  );
  const outlets = await db.query<OutletSummary>(
    `SELECT o.name, o.name_en, o.country, o.grp AS "group", count(a.id)::int AS articles, min(a.date_from) AS first, max(a.date_to) AS last
     FROM outlets o LEFT JOIN articles a ON a.outlet_id = o.id GROUP BY o.id ORDER BY o.name`,
  );
  const months = await db.query<{ month: string; articles: number }>(
    `SELECT substr(date, 1, 7) AS month, count(*)::int AS articles FROM articles WHERE length(date) >= 7 GROUP BY 1 ORDER BY 1`,
  );
  return { articles: totals!.articles, analysed: totals!.analysed, nearDuplicates: totals!.near, undated: totals!.undated, outlets, months };
}

/** The latest import problems, newest first. */
export async function importProblems(db: Sql, limit = 200): Promise<ImportProblem[]> {
  return db.query<ImportProblem>("SELECT source, line, reason FROM import_problems ORDER BY id DESC LIMIT $1", [limit]);
}

/** The problems recorded for sources under these roots (a source named `root/…`), as `source:line:reason` keys. */
export async function knownProblems(db: Sql, roots: readonly string[]): Promise<Set<string>> {
  const rows = await db.query<ImportProblem>(
    "SELECT p.source, p.line, p.reason FROM import_problems p WHERE EXISTS (SELECT 1 FROM unnest($1::text[]) AS r(root) WHERE p.source = r.root OR starts_with(p.source, r.root || '/'))",
    [[...roots]],
  );
  return new Set(rows.map(problemKey));
}
export const problemKey = (p: ImportProblem): string => `${p.source}:${p.line ?? ""}:${p.reason}`;

/** Sets an outlet's English name, country and group; false when there is no such outlet. */
export async function updateOutlet(db: Sql, meta: OutletMeta): Promise<boolean> {
  const rows = await db.query<{ id: number }>("UPDATE outlets SET name_en = $2, country = $3, grp = $4 WHERE name = $1 RETURNING id", [
    meta.name,
    meta.name_en,
    meta.country,
    meta.group,
  ]);
  return rows.length > 0;
}

/** An import problem as the analysis JSON and the pages list problems: the file, with the row's line when there is one. */
export const problemOfImport = (p: ImportProblem): FileProblem => ({ path: p.line !== null ? `${p.source}:${p.line}` : p.source, reason: p.reason });
