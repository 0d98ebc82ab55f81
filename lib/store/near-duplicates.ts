import { estimatedJaccard } from "../import/fingerprint";
import type { Sql } from "./db";
import { binaryArray } from "./binary-array";
import { columns } from "./rows";

/**
 * Estimated Jaccard similarity of the texts' word 5-shingles from which a new
 * article counts as a near-duplicate of an earlier one (a rewrite of the same
 * wire copy): kept, and linked to the earlier article it is most like.
 */
export const NEAR_DUPLICATE_JACCARD = 0.5;
/**
 * Each LSH band proposes at most its earliest few articles. A band shared by
 * hundreds of articles is a stock passage (a boilerplate line, a quote every
 * outlet ran), not a sign of the same wire copy: following all of it made the
 * lookup grow with the square of the corpus (268,000 candidate pairs at 10,000
 * generated articles, 54 s of an 85 s import). A real rewrite shares many
 * bands (about 18 of 32 at a similarity of 0.87), most of them rare.
 */
export const CANDIDATES_PER_BAND = 8;
/** Candidates whose signatures are compared, per new article: those sharing the most bands with it. */
export const CANDIDATES_SCORED = 8;

export interface Fingerprinted {
  readonly id: number;
  readonly signature: readonly number[];
  readonly bands: readonly number[];
}

interface Candidate {
  readonly id: number;
  readonly candidate: number;
  readonly shared: number;
}

/** The candidates worth scoring for each new article: most bands shared first, then the earliest. */
export function rankCandidates(rows: readonly Candidate[], perArticle = CANDIDATES_SCORED): Map<number, number[]> {
  const byArticle = new Map<number, Candidate[]>();
  for (const r of rows) {
    const list = byArticle.get(r.id);
    if (list) list.push(r);
    else byArticle.set(r.id, [r]);
  }
  return new Map(
    [...byArticle].map(([id, list]) => [
      id,
      list
        .sort((a, b) => b.shared - a.shared || a.candidate - b.candidate)
        .slice(0, perArticle)
        .map((c) => c.candidate),
    ]),
  );
}

/** The most similar candidate at or above the threshold (ties to the earliest), or undefined. */
export function mostSimilar(signature: readonly number[], candidates: readonly number[], signatureOf: (id: number) => readonly number[] | undefined): number | undefined {
  let best: { id: number; similarity: number } | undefined;
  for (const id of candidates) {
    const other = signatureOf(id);
    if (!other || other.length !== signature.length) continue;
    const similarity = estimatedJaccard(signature, other);
    if (similarity < NEAR_DUPLICATE_JACCARD) continue;
    if (!best || similarity > best.similarity || (similarity === best.similarity && id < best.id)) best = { id, similarity };
  }
  return best?.id;
}

const parseSignature = (text: string | null): number[] | undefined => (text ? text.split(",").map(Number) : undefined);

/**
 * Stores the LSH bands of the new articles and links each to the most similar
 * earlier article sharing one of its bands; how many were linked. The band
 * table makes this a lookup, not a comparison with every article; only a
 * bounded number of candidates per article is compared, in JavaScript (the
 * new articles' signatures are at hand; the others' are read once per batch).
 */
export async function linkNearDuplicates(tx: Sql, articles: readonly Fingerprinted[]): Promise<number> {
  // in band order: the index's pages are then visited once per batch, in order, not at random
  const bandRows = articles.flatMap((a) => [...new Set(a.bands)].map((band) => ({ band, article_id: a.id }))).sort((x, y) => x.band - y.band || x.article_id - y.article_id);
  if (bandRows.length === 0) return 0;
  const bands = binaryArray("int8", bandRows.map((r) => r.band));
  const ids = binaryArray("int8", bandRows.map((r) => r.article_id));
  await tx.query(`INSERT INTO article_bands (band, article_id) SELECT * FROM unnest($1::int8[], $2::int8[]) ON CONFLICT DO NOTHING`, [bands, ids]);
  const rows = await tx.query<Candidate>(
    `SELECT n.id::int AS id, c.article_id::int AS candidate, count(*)::int AS shared
     FROM unnest($1::int8[], $2::int8[]) AS n(band, id)
     CROSS JOIN LATERAL (SELECT article_id FROM article_bands WHERE band = n.band AND article_id < n.id ORDER BY article_id LIMIT $3) c
     GROUP BY n.id, c.article_id`,
    [bands, ids, CANDIDATES_PER_BAND],
  );
  const ranked = rankCandidates(rows);
  const signatures = new Map<number, readonly number[]>(articles.map((a) => [a.id, a.signature]));
  const missing = [...new Set([...ranked.values()].flat())].filter((id) => !signatures.has(id));
  if (missing.length > 0) {
    const stored = await tx.query<{ id: number; signature: string | null }>("SELECT id::int AS id, signature FROM articles WHERE id = ANY($1::bigint[])", [missing]);
    for (const s of stored) {
      const parsed = parseSignature(s.signature);
      if (parsed) signatures.set(s.id, parsed);
    }
  }
  const links = articles.flatMap((a) => {
    const best = mostSimilar(a.signature, ranked.get(a.id) ?? [], (id) => signatures.get(id));
    return best === undefined ? [] : [{ id: a.id, candidate: best }];
  });
  if (links.length > 0) {
    await tx.query(`UPDATE articles SET near_duplicate_of = l.candidate FROM unnest($1::bigint[], $2::bigint[]) AS l(id, candidate) WHERE articles.id = l.id`, columns(links, ["id", "candidate"]));
  }
  return links.length;
}
