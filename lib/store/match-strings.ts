import { decodeAnalysis, type EncodedAnalysis } from "../analysis/match-codec";
import type { TextAnalysis } from "../analysis/analyze-text";
import type { Sql } from "./db";
import { binaryArray, intArrayParams, sliceSql } from "./binary-array";

/**
 * The strings of stored analyses (terms, forms, targets, categories, cues…) as ids of one table,
 * `match_strings` (migration 011): an analysis keeps its sentences and matches as bytes (`codes`,
 * lib/analysis/match-codec.ts) with the ids of its own strings (`string_ids`), both in
 * `analysis_matches`, and its (target, term) counts as ids (`analyses.term_counts`), which SQL
 * reads. A few hundred strings serve every analysis.
 */

/** A statement seeing another writer's new strings only once that writer commits: asking again then finds them. */
const ATTEMPTS = 3;

/** The ids of `strings`, registering those the table lacks (in the caller's transaction). */
export async function stringIds(tx: Sql, strings: Iterable<string>): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  let missing = [...new Set(strings)];
  for (let attempt = 0; missing.length > 0; attempt++) {
    if (attempt === ATTEMPTS) throw new Error(`match strings: ${missing.length} strings could not be registered (${missing.slice(0, 3).join(", ")}…)`);
    // the strings added are not yet visible to the statement's own scan: RETURNING gives their ids;
    // added in one order, so two writers adding the same new strings wait for each other, never deadlock
    const rows = await tx.query<{ id: number; s: string }>(
      `WITH wanted AS (SELECT DISTINCT unnest($1::text[]) AS s),
            known AS (SELECT m.id, m.s FROM match_strings m JOIN wanted USING (s)),
            added AS (INSERT INTO match_strings (s) SELECT s FROM wanted WHERE s NOT IN (SELECT s FROM known) ORDER BY s ON CONFLICT DO NOTHING RETURNING id, s)
       SELECT id, s FROM known UNION ALL SELECT id, s FROM added`,
      [missing],
    );
    for (const r of rows) ids.set(r.s, r.id);
    missing = missing.filter((s) => !ids.has(s));
  }
  return ids;
}

/** An analysis' columns as the store writes them: its codes, the ids of its strings, its term counts by id. */
export interface CompactColumns {
  readonly codes: Uint8Array;
  readonly stringIds: readonly number[];
  readonly termCounts: readonly number[];
}

/** The stored columns of an encoded analysis, with `ids` of every string it holds (stringIds). */
function compactColumns(e: EncodedAnalysis, ids: ReadonlyMap<string, number>): CompactColumns {
  const global = e.strings.map((s) => ids.get(s)!);
  return { codes: e.bytes, stringIds: global, termCounts: e.terms.map((x, i) => (i % 3 === 2 ? x : global[x]!)) };
}

/**
 * A batch of encoded analyses as the store writes them, their strings registered with `more`
 * (the naming terms of their tallies): what saving analyses and migration 011's conversion share.
 */
export async function compactBatch(tx: Sql, encoded: readonly EncodedAnalysis[], more: Iterable<string> = []): Promise<{ ids: Map<string, number>; columns: CompactColumns[] }> {
  const strings = new Set<string>();
  for (const e of encoded) for (const s of e.strings) strings.add(s);
  for (const s of more) strings.add(s);
  const ids = await stringIds(tx, strings);
  return { ids, columns: encoded.map((e) => compactColumns(e, ids)) };
}

/** Writes the codes of analyses (by id) to `analysis_matches`, in one statement: binary arrays, ids sliced from one (binary-array.ts). */
export async function insertMatches(tx: Sql, rows: readonly { readonly analysisId: number; readonly columns: CompactColumns }[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.query(
    `INSERT INTO analysis_matches (analysis_id, codes, string_ids)
     SELECT i, c, ${sliceSql("$5", "f", "t")} FROM unnest($1::int[], $2::bytea[], $3::int[], $4::int[]) AS u(i, c, f, t)`,
    [
      binaryArray("int", rows.map((r) => r.analysisId)),
      binaryArray("bytea", rows.map((r) => r.columns.codes)),
      ...intArrayParams(rows.map((r) => r.columns.stringIds)),
    ],
  );
}

/** SQL for the number of matches of the analysis aliased `alias`: the sum of its term counts. */
export const matchCountSql = (alias: string): string => `(SELECT coalesce(sum(${alias}.term_counts[k]), 0)::int FROM generate_series(3, cardinality(${alias}.term_counts), 3) k)`;

/** The strings of stored analyses by id, fetched as readers meet ids they have not seen (ids never change). */
const known = new WeakMap<Sql, Map<number, string>>();

/** A stored analysis as the reader gets it. */
export interface StoredAnalysisColumns {
  readonly words: number;
  readonly codes: Uint8Array;
  readonly string_ids: readonly number[];
  readonly body: string;
}

/** The analyses of `rows` decoded (lib/analysis/match-codec.ts), their strings fetched in one query at most. */
export async function decodeStored(db: Sql, rows: readonly StoredAnalysisColumns[]): Promise<TextAnalysis[]> {
  let strings = known.get(db);
  if (!strings) known.set(db, (strings = new Map()));
  const unseen = [...new Set(rows.flatMap((r) => r.string_ids))].filter((id) => !strings.has(id));
  if (unseen.length > 0) {
    const fetched = await db.query<{ id: number; s: string }>("SELECT id, s FROM match_strings WHERE id = ANY($1::int[])", [unseen]);
    for (const r of fetched) strings.set(r.id, r.s);
  }
  return rows.map((r) => decodeAnalysis({ bytes: r.codes, strings: r.string_ids.map((id) => strings.get(id)!) }, r.words, r.body));
}
