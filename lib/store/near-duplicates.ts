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
 * Each LSH band proposes at most its earliest few articles, and only they keep it in the store
 * (migration 014, which writes the same number). A band shared by
 * hundreds of articles is a stock passage (a boilerplate line, a quote every outlet ran), not a
 * sign of the same wire copy: following all of it made the lookup grow with the square of the
 * corpus (268,000 candidate pairs at 10,000 generated articles, 54 s of an 85 s import). A real
 * rewrite shares many bands (about 18 of 32 at a similarity of 0.87), most of them rare.
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

/** The stored holders of each band, earliest first. */
function holdersByBand(stored: readonly { band: number; id: number }[]): Map<number, number[]> {
  const byBand = new Map<number, number[]>();
  for (const row of stored) {
    const ids = byBand.get(row.band);
    if (ids) ids.push(row.id);
    else byBand.set(row.band, [row.id]);
  }
  for (const ids of byBand.values()) ids.sort((a, b) => a - b);
  return byBand;
}

/**
 * Each new article's candidates (the earliest CANDIDATES_PER_BAND holders of each of its bands,
 * before it) and the bands it holds itself (those with room: a band's first CANDIDATES_PER_BAND
 * articles are all a later one is ever compared with, so only they keep it). In id order, so an
 * article of the batch is a candidate of the later ones; one map lookup per band (this runs on the
 * import's main thread, 8,000 bands a batch).
 */
function candidatesAndHeld(articles: readonly Fingerprinted[], byBand: Map<number, number[]>): { candidates: Candidate[]; held: { band: number; id: number }[] } {
  const candidates: Candidate[] = [];
  const held: { band: number; id: number }[] = [];
  for (const a of [...articles].sort((x, y) => x.id - y.id)) {
    const shared = new Map<number, number>();
    for (const band of a.bands) {
      const ids = byBand.get(band);
      if (!ids) byBand.set(band, [a.id]);
      else {
        for (let k = 0; k < ids.length && k < CANDIDATES_PER_BAND && ids[k]! < a.id; k++) shared.set(ids[k]!, (shared.get(ids[k]!) ?? 0) + 1);
        if (ids.length >= CANDIDATES_PER_BAND) continue;
        ids.push(a.id);
      }
      held.push({ band, id: a.id });
    }
    for (const [candidate, n] of shared) candidates.push({ id: a.id, candidate, shared: n });
  }
  return { candidates, held };
}

/** The bands the new articles hold, in band order: the index's pages are then visited once per batch, in order, not at random. */
async function insertHeld(tx: Sql, held: readonly { band: number; id: number }[]): Promise<void> {
  if (held.length === 0) return;
  const sorted = [...held].sort((x, y) => x.band - y.band || x.id - y.id);
  await tx.query(`INSERT INTO article_bands (band, article_id) SELECT * FROM unnest($1::int8[], $2::int8[]) ON CONFLICT DO NOTHING`, [
    binaryArray("int8", sorted.map((h) => h.band)),
    binaryArray("int8", sorted.map((h) => h.id)),
  ]);
}

/** The stored holders of these bands (distinct), in one index scan: the bands are sent sorted, so the index is read in order. */
export async function storedHolders(tx: Sql, bands: readonly number[]): Promise<{ band: number; id: number }[]> {
  // float8: a band key passes 2³² (exact up to 2⁵³), and both drivers read it as a number
  return tx.query<{ band: number; id: number }>(`SELECT band::float8 AS band, article_id::int AS id FROM article_bands WHERE band = ANY($1::int8[])`, [
    binaryArray("int8", [...bands].sort((a, b) => a - b)),
  ]);
}

/**
 * Links each new article to the most similar earlier article sharing one of its LSH bands, and
 * stores the bands the new articles hold; how many were linked. A band is kept only by its first
 * CANDIDATES_PER_BAND articles (migration 014), the only ones a lookup ever proposes, so one index
 * scan over the batch's bands, in order (`band = ANY`), returns a bounded set of rows: a search per
 * band (a lateral subquery each, 8,000 a batch) cost as much as the band inserts. Only a bounded
 * number of candidates per article is compared, in JavaScript (the new articles' signatures are at
 * hand; the others' are read once per batch).
 */
export async function linkNearDuplicates(tx: Sql, articles: readonly Fingerprinted[]): Promise<number> {
  const wanted = new Set(articles.flatMap((a) => a.bands));
  if (wanted.size === 0) return 0;
  // sorted: the index's entries are then visited in order
  const { candidates, held } = candidatesAndHeld(articles, holdersByBand(await storedHolders(tx, [...wanted])));
  await insertHeld(tx, held);
  const ranked = rankCandidates(candidates);
  const signatures = new Map<number, readonly number[]>(articles.map((a) => [a.id, a.signature]));
  const missing = [...new Set([...ranked.values()].flat())].filter((id) => !signatures.has(id));
  if (missing.length > 0) {
    const rows = await tx.query<{ id: number; signature: string | null }>("SELECT id::int AS id, signature FROM articles WHERE id = ANY($1::bigint[])", [missing]);
    for (const s of rows) {
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
