import { estimatedJaccard } from "../import/fingerprint";
import type { Sql } from "./db";
import { bandParts, parseSignature, type BandIndex } from "./band-index";
import { columns } from "./rows";

/**
 * Estimated Jaccard similarity of the texts' word 5-shingles from which a new
 * article counts as a near-duplicate of an earlier one (a rewrite of the same
 * wire copy): kept, and linked to the earlier article it is most like.
 */
export const NEAR_DUPLICATE_JACCARD = 0.5;
/**
 * Each LSH band proposes at most its earliest few articles (migration 014's rule, kept by
 * band-index.ts since migration 016 dropped the band rows). A band shared by
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

/** Where a batch's own articles are, to leave them out of the committed holders (a batch linked after its commit is in the index). */
class OwnIds {
  private readonly ids: Set<number>;
  private readonly least: number;
  private readonly most: number;
  constructor(articles: readonly Fingerprinted[]) {
    this.ids = new Set(articles.map((a) => a.id));
    this.least = Math.min(...this.ids);
    this.most = Math.max(...this.ids);
  }
  has(id: number): boolean {
    return id >= this.least && id <= this.most && this.ids.has(id);
  }
}

/**
 * Each new article's candidates worth scoring (rankCandidates' order): the earliest
 * CANDIDATES_PER_BAND holders of each of its bands, before it, the committed ones (`index`) first,
 * then those of the batch. In id order, so an article of the batch is a candidate of the later ones;
 * one lookup per band (this runs on the import's main thread, 8,000 bands a batch), into reused
 * typed arrays.
 */
export function batchCandidates(articles: readonly Fingerprinted[], index: BandIndex, perArticle = CANDIDATES_SCORED): Map<number, number[]> {
  const ranked = new Map<number, number[]>();
  const inBatch = new Map<number, number[]>();
  // a batch linked after it was committed (link-pass.ts) may be in the index already: its own holders are those of `inBatch`
  const own = new OwnIds(articles);
  const held = new Int32Array(CANDIDATES_PER_BAND);
  const shared = new Map<number, number>();
  for (const a of [...articles].sort((x, y) => x.id - y.id)) {
    shared.clear();
    for (const band of a.bands) {
      const { band: b, hash } = bandParts(band);
      let committed = 0;
      const found = index.holdersInto(b, hash, held);
      for (let k = 0; k < found; k++) if (!own.has(held[k]!)) held[committed++] = held[k]!;
      const batch = inBatch.get(band);
      // the first CANDIDATES_PER_BAND of both lists in id order; only the articles before this one
      // count: in a link pass (link-pass.ts) later batches may be committed already
      let before = 0;
      for (let i = 0, j = 0; before < CANDIDATES_PER_BAND; before++) {
        const fromIndex = i < committed && (!batch || j >= batch.length || held[i]! < batch[j]!);
        const id = fromIndex ? held[i++]! : batch && j < batch.length ? batch[j++]! : a.id;
        if (id >= a.id) break;
        shared.set(id, (shared.get(id) ?? 0) + 1);
      }
      if (before >= CANDIDATES_PER_BAND) continue;
      if (batch) batch.push(a.id);
      else inBatch.set(band, [a.id]);
    }
    if (shared.size > 0) ranked.set(a.id, rankCandidates(shared, perArticle));
  }
  return ranked;
}

/** The candidates worth scoring for a new article, from how many bands each shares with it: most bands shared first, then the earliest. */
export function rankCandidates(shared: ReadonlyMap<number, number>, perArticle = CANDIDATES_SCORED): number[] {
  return [...shared.keys()].sort((x, y) => shared.get(y)! - shared.get(x)! || x - y).slice(0, perArticle);
}

/**
 * Links each new article (inserted, not committed yet) to the most similar earlier article
 * sharing one of its LSH bands; how many were linked. The bands' holders come from `index`
 * (derived from the stored signatures: band-index.ts), a band's first CANDIDATES_PER_BAND articles,
 * the only ones a lookup ever proposes. Only a bounded number of candidates per article is
 * compared, in JavaScript (the new articles' signatures are at hand; the others' are read once per batch).
 */
export async function linkNearDuplicates(tx: Sql, articles: readonly Fingerprinted[], index: BandIndex): Promise<number> {
  if (!articles.some((a) => a.bands.length > 0)) return 0;
  await index.catchUp(tx, articles);
  const ranked = batchCandidates(articles, index);
  const signatures = new Map<number, readonly number[]>(articles.map((a) => [a.id, a.signature]));
  const missing = [...new Set([...ranked.values()].flat())].filter((id) => !signatures.has(id));
  if (missing.length > 0) {
    const rows = await tx.query<{ id: number; signature: string | null }>("SELECT id::int AS id, signature FROM articles WHERE id = ANY($1::bigint[])", [missing]);
    for (const s of rows) {
      if (s.signature) signatures.set(s.id, parseSignature(s.signature));
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
