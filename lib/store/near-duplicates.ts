import { estimatedJaccard, LSH_BANDS } from "../import/fingerprint";
import type { Sql } from "./db";
import { BandHolders, bandHash, bandNumber, parseSignature, type BandIndex } from "./band-index";
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
export function mostSimilar(signature: ArrayLike<number>, candidates: readonly number[], signatureOf: (id: number) => ArrayLike<number> | undefined): number | undefined {
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

/** How many bands each candidate shares with one new article (at most LSH_BANDS × CANDIDATES_PER_BAND candidates), in reused typed arrays. */
export class SharedBands {
  private readonly ids = new Int32Array(LSH_BANDS * CANDIDATES_PER_BAND);
  private readonly counts = new Int32Array(LSH_BANDS * CANDIDATES_PER_BAND);
  private size = 0;

  /** One more band shared with `id`. */
  count(id: number): void {
    for (let k = 0; k < this.size; k++) {
      if (this.ids[k] === id) {
        this.counts[k]!++;
        return;
      }
    }
    this.ids[this.size] = id;
    this.counts[this.size++] = 1;
  }

  /** The candidates worth scoring: most bands shared first, then the earliest; at most `perArticle`. Starts the next article's count. */
  ranked(perArticle = CANDIDATES_SCORED): number[] {
    const order = Array.from({ length: this.size }, (_, k) => k).sort((x, y) => this.counts[y]! - this.counts[x]! || this.ids[x]! - this.ids[y]!);
    this.size = 0;
    return order.slice(0, perArticle).map((k) => this.ids[k]!);
  }
}

/**
 * Each new article's candidates worth scoring (SharedBands' order): the earliest
 * CANDIDATES_PER_BAND holders of each of its bands, before it, the committed ones (`index`) first,
 * then those of the batch (held as the index holds them, `inBatch`). In id order, so an article of
 * the batch is a candidate of the later ones; one lookup per band (this runs on the import's main
 * thread, 8,000 bands a batch), into reused typed arrays.
 */
export function batchCandidates(articles: readonly Fingerprinted[], index: BandIndex, perArticle = CANDIDATES_SCORED): Map<number, number[]> {
  const ranked = new Map<number, number[]>();
  // a batch's own holders of a band: never more than CANDIDATES_PER_BAND, as one is added only while fewer come before it
  const inBatch = new BandHolders(CANDIDATES_PER_BAND);
  // a batch linked after it was committed (link-pass.ts) may be in the index already: its own holders are those of `inBatch`
  const own = new OwnIds(articles);
  const held = new Int32Array(CANDIDATES_PER_BAND);
  const batch = new Int32Array(CANDIDATES_PER_BAND);
  const shared = new SharedBands();
  for (const a of [...articles].sort((x, y) => x.id - y.id)) {
    for (const band of a.bands) {
      const b = bandNumber(band);
      const hash = bandHash(band);
      let committed = 0;
      const found = index.holdersInto(b, hash, held);
      for (let k = 0; k < found; k++) if (!own.has(held[k]!)) held[committed++] = held[k]!;
      const inBatchCount = inBatch.holdersInto(b, hash, batch);
      // the first CANDIDATES_PER_BAND of both lists in id order; only the articles before this one
      // count: in a link pass (link-pass.ts) later batches may be committed already
      let before = 0;
      for (let i = 0, j = 0; before < CANDIDATES_PER_BAND; before++) {
        const fromIndex = i < committed && (j >= inBatchCount || held[i]! < batch[j]!);
        const id = fromIndex ? held[i++]! : j < inBatchCount ? batch[j++]! : a.id;
        if (id >= a.id) break;
        shared.count(id);
      }
      if (before < CANDIDATES_PER_BAND) inBatch.add(b, hash, a.id);
    }
    const list = shared.ranked(perArticle);
    if (list.length > 0) ranked.set(a.id, list);
  }
  return ranked;
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
  const signatures = new Map<number, ArrayLike<number>>(articles.map((a) => [a.id, a.signature]));
  const missing: number[] = [];
  for (const id of new Set([...ranked.values()].flat())) {
    if (signatures.has(id)) continue;
    const cached = index.signatures.get(id);
    if (cached) signatures.set(id, cached);
    else missing.push(id);
  }
  if (missing.length > 0) {
    const rows = await tx.query<{ id: number; signature: string | null }>("SELECT id::int AS id, signature FROM articles WHERE id = ANY($1::bigint[])", [missing]);
    for (const s of rows) {
      if (!s.signature) continue;
      const signature = parseSignature(s.signature);
      signatures.set(s.id, signature);
      index.signatures.set(s.id, signature);
    }
  }
  // a new article is a later batch's likely candidate (a rolled-back one's id is never a holder)
  for (const a of articles) index.signatures.set(a.id, a.signature);
  const links = articles.flatMap((a) => {
    const best = mostSimilar(a.signature, ranked.get(a.id) ?? [], (id) => signatures.get(id));
    return best === undefined ? [] : [{ id: a.id, candidate: best }];
  });
  if (links.length > 0) {
    await tx.query(`UPDATE articles SET near_duplicate_of = l.candidate FROM unnest($1::bigint[], $2::bigint[]) AS l(id, candidate) WHERE articles.id = l.id`, columns(links, ["id", "candidate"]));
  }
  return links.length;
}
