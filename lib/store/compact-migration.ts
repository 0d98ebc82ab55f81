import type { Match } from "../analysis/analyze-text";
import { encodeAnalysis } from "../analysis/match-codec";
import type { Sql } from "./db";
import { binaryArray, intArrayParams, sliceSql } from "./binary-array";
import { compactBatch, insertMatches } from "./match-strings";

/** Analyses converted per statement: bounded memory whatever the store's size. */
const PAGE = 500;

interface OldAnalysis {
  id: number;
  body: string | null;
  sentence_starts: number[];
  sentence_ends: number[];
  match_list: Match[];
}

/**
 * Migration 011's second half: every analysis' JSON match list and sentence arrays re-encoded in
 * the compact form (lib/analysis/match-codec.ts, against its article's body), a page at a time in
 * id order, then the old columns (and the `matches` view over them) dropped. Runs in the
 * migration's transaction: a store is converted whole or not at all.
 */
export async function convertMatchLists(tx: Sql): Promise<void> {
  let after = 0;
  for (;;) {
    const rows = await tx.query<OldAnalysis>(
      `SELECT an.id, a.body, an.sentence_starts, an.sentence_ends, an.match_list
       FROM analyses an LEFT JOIN articles a ON a.content_hash = an.content_hash
       WHERE an.id > $1 ORDER BY an.id LIMIT $2`,
      [after, PAGE],
    );
    if (rows.length === 0) break;
    const encoded = rows.map((r) => encodeAnalysis({ sentences: r.sentence_starts.map((start, i) => ({ start, end: r.sentence_ends[i]! })), matches: r.match_list }, r.body ?? ""));
    const { columns } = await compactBatch(tx, encoded);
    await insertMatches(
      tx,
      rows.map((r, i) => ({ analysisId: r.id, columns: columns[i]! })),
    );
    await tx.query(`UPDATE analyses an SET term_counts = ${sliceSql("$4", "u.f", "u.t")} FROM unnest($1::int[], $2::int[], $3::int[]) AS u(id, f, t) WHERE an.id = u.id`, [
      binaryArray("int", rows.map((r) => r.id)),
      ...intArrayParams(columns.map((c) => c.termCounts)),
    ]);
    after = rows[rows.length - 1]!.id;
  }
  await tx.exec(`
    DROP VIEW matches;
    ALTER TABLE analyses DROP COLUMN match_list, DROP COLUMN sentence_starts, DROP COLUMN sentence_ends;
    ALTER TABLE analyses ALTER COLUMN term_counts SET NOT NULL;
  `);
}
