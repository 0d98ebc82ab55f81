import { fingerprintOf } from "../import/fingerprint";
import { parseSignature, type BandIndex } from "./band-index";
import type { Db, Sql } from "./db";
import { binaryArray } from "./binary-array";
import { linkNearDuplicates, type Fingerprinted } from "./near-duplicates";

/**
 * Near-duplicate links as a pass of their own (migration 017): batches written on several
 * connections at once are linked afterwards, one after the other in the order they were read,
 * so each batch sees the bands of every earlier one, exactly as when batches are written one by one.
 */

/** Lists a batch's new articles as not yet linked, in the batch's transaction. */
export async function markUnlinked(tx: Sql, ids: readonly number[]): Promise<void> {
  if (ids.length === 0) return;
  await tx.query("INSERT INTO unlinked_articles (article_id) SELECT unnest($1::int8[])", [binaryArray("int8", ids)]);
}

/** Links these articles (one batch, committed) to earlier ones and takes them off the list, in one transaction; how many were linked. */
export function linkCommitted(db: Db, articles: readonly Fingerprinted[], bands: BandIndex): Promise<number> {
  if (articles.length === 0) return Promise.resolve(0);
  return db.transaction(async (tx) => {
    const linked = await linkNearDuplicates(tx, articles, bands);
    await tx.query("DELETE FROM unlinked_articles WHERE article_id = ANY($1::int8[])", [binaryArray("int8", articles.map((a) => a.id))]);
    return linked;
  });
}

/** Articles a killed import committed but did not link, linked now in id order, `chunk` at a time; how many were linked. */
export async function linkLeftovers(db: Db, bands: BandIndex, chunk = 250): Promise<number> {
  let linked = 0;
  for (;;) {
    const rows = await db.query<{ id: number; signature: string | null }>(
      "SELECT a.id::float8 AS id, a.signature FROM unlinked_articles u JOIN articles a ON a.id = u.article_id ORDER BY a.id LIMIT $1",
      [chunk],
    );
    if (rows.length === 0) return linked;
    linked += await linkCommitted(
      db,
      // the signature as the import computed it; its bands follow from it
      rows.map((r) => ({ id: r.id, ...fingerprintOf(r.signature ? parseSignature(r.signature) : []) })),
      bands,
    );
  }
}
