import type { Sql } from "./db";

/**
 * Folds the analyses saved since the last fold into the summary (migration 010): one statement
 * per summary table, under the summary's advisory lock. Writers only record their new analyses;
 * every reader of the sums calls this first, and a bulk write calls it once at its end, so the
 * summary is filled set-based and no reader sees sums that miss a committed analysis. Returns how
 * many analyses were folded (0, at the cost of one look at an empty table, when none waited).
 * Since migration 013 each statement sums the months once and the years from them, keys naming
 * terms by id, and is a plain INSERT into a summary table holding none of the folded versions.
 */
export async function foldSummary(db: Sql): Promise<number> {
  const [row] = await db.query<{ n: number }>("SELECT summary_fold() AS n");
  return row!.n;
}
