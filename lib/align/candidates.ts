import { cosine, documentFrequency, roundSimilarity, tfidfVectors, type Vector } from "./similarity";

/**
 * Candidate sentence pairs for alignment, without the dense n × m matrix.
 * Two sentences that share no word have cosine 0 and can never be aligned,
 * so the pairs worth scoring are found through an inverted index of B's
 * words. Common words (في، من، أن) would make that index quadratic, so only
 * rare words are indexed; a pair that shares only common words is found by
 * a bound instead (Cauchy–Schwarz): its cosine is at most r(a) · r(b), r
 * being the share of a sentence's norm its common words carry, so only
 * pairs of sentences made mostly of common words need a look. That is the
 * prefix-filtering idea of all-pairs similarity search (Bayardo, Ma &
 * Srikant 2007), simplified to two classes of words.
 *
 * Every pair that can reach the threshold is a candidate, so the alignment is
 * the dense one's, unless the common-word pairs exceed `budget` (texts made of
 * a few words repeated, like 30,000 lines of one word): then those are looked
 * for within BAND sentences of the diagonal only. Every candidate is scored
 * with its full vectors.
 */
export interface Candidates {
  /** Pair k is (a[k], b[k]), ordered by a then b: parallel arrays, not one object per pair, to keep millions cheap. */
  readonly a: readonly number[];
  readonly b: readonly number[];
  /** Cosine, rounded to 3 decimals. */
  readonly similarity: readonly number[];
}

export interface CandidateLimits {
  /** A word in at least this many sentences (of both texts) is common: not indexed. */
  readonly commonAt: number;
  /** Common-word pairs looked at, at most: bounds time and memory whatever the text. */
  readonly budget: number;
}

export const PAIR_BUDGET = 2_000_000;
/** Half-width of the diagonal band searched when the common-word pairs exceed the budget. */
export const BAND = 5;

export const defaultLimits = (sentences: number): CandidateLimits => ({ commonAt: Math.max(50, Math.ceil(sentences / 100)), budget: PAIR_BUDGET });

/** For each document of `docs` from `from` to `to`, by local index: the rare words' postings. */
function rarePostings(vectors: readonly Vector[], from: number, to: number, isCommon: (term: string) => boolean): Map<string, number[]> {
  const index = new Map<string, number[]>();
  for (let k = from; k < to; k++) {
    for (const term of vectors[k]!.terms) {
      if (isCommon(term)) continue;
      const list = index.get(term);
      if (list) list.push(k - from);
      else index.set(term, [k - from]);
    }
  }
  return index;
}

/** The share of a vector's norm carried by its common words (0..1). */
function commonShare(v: Vector, isCommon: (term: string) => boolean): number {
  if (v.norm === 0) return 0;
  let squares = 0;
  v.terms.forEach((term, k) => {
    if (isCommon(term)) squares += v.values[k]! ** 2;
  });
  return Math.sqrt(squares) / v.norm;
}

/** How many B sentences have a share ≥ `least`; `shares` sorted descending. */
function countAtLeast(shares: readonly number[], least: number): number {
  let lo = 0;
  let hi = shares.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (shares[mid]! >= least) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Pairs (A sentence, B sentence) with similarity ≥ threshold, ordered by a then b. `a` and `b` are each sentence's normalized words. */
export function candidatePairs(
  a: readonly (readonly string[])[],
  b: readonly (readonly string[])[],
  threshold: number,
  limits: CandidateLimits = defaultLimits(a.length + b.length),
): Candidates {
  const n = a.length;
  const m = b.length;
  const vectors = tfidfVectors([...a, ...b]);
  const frequency = documentFrequency(vectors.map((v) => v.terms));
  const isCommon = (term: string) => frequency.get(term)! >= limits.commonAt;
  const inB = rarePostings(vectors, n, n + m, isCommon);

  const shareA = vectors.slice(0, n).map((v) => commonShare(v, isCommon));
  const byShareB = [...Array(m).keys()].map((j) => ({ j, share: commonShare(vectors[n + j]!, isCommon) })).sort((x, y) => y.share - x.share);
  const sharesB = byShareB.map((x) => x.share);
  // B sentences that A sentence i may reach on common words alone: r(i) · r(j) ≥ threshold,
  // less what rounding to 3 decimals and floating point may add
  const least = threshold - 0.0005 - 1e-9;
  const reachable = (i: number) => (shareA[i]! > 0 ? countAtLeast(sharesB, least / shareA[i]!) : 0);
  const commonPairs = shareA.reduce((sum, _, i) => sum + reachable(i), 0);
  const banded = commonPairs > limits.budget;

  const seen = new Int32Array(m).fill(-1);
  const out = { a: [] as number[], b: [] as number[], similarity: [] as number[] };
  const near: number[] = [];
  let i = 0;
  const consider = (j: number) => {
    if (seen[j] === i) return;
    seen[j] = i;
    near.push(j);
  };
  for (; i < n; i++) {
    near.length = 0;
    for (const term of vectors[i]!.terms) for (const j of inB.get(term) ?? []) consider(j);
    if (!banded) for (let k = 0, count = reachable(i); k < count; k++) consider(byShareB[k]!.j);
    else if (shareA[i]! > 0) {
      const centre = Math.round((i * m) / n);
      for (let j = Math.max(0, centre - BAND); j <= Math.min(m - 1, centre + BAND); j++) consider(j);
    }
    near.sort((x, y) => x - y);
    for (const j of near) {
      const similarity = roundSimilarity(cosine(vectors[i]!, vectors[n + j]!));
      if (similarity < threshold) continue;
      out.a.push(i);
      out.b.push(j);
      out.similarity.push(similarity);
    }
  }
  return out;
}
