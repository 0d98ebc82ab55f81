import { cosine, roundSimilarity, tfidfVectors, type Vector } from "./similarity";

/**
 * Candidate sentence pairs for alignment, without the dense n × m matrix.
 * Two sentences that share no word have cosine 0 and can never be aligned,
 * so the pairs worth scoring are found through an inverted index of B's
 * words: each word of an A sentence lists the B sentences holding it.
 *
 * The index costs Σ over words of (A sentences with it) × (B sentences with
 * it): near-linear on real texts, but quadratic when one word is in almost
 * every sentence (30,000 lines of one word). So words are taken rarest-pairs
 * first within PAIR_BUDGET; when a word does not fit, pairs that share only
 * such very common words are looked for within BAND sentences of the
 * diagonal instead. Every candidate is scored with the full vectors, so a
 * pair's similarity never depends on the budget: only which pairs are seen.
 */
export interface Candidate {
  readonly a: number;
  readonly b: number;
  /** Cosine, rounded to 3 decimals. */
  readonly similarity: number;
}

/** Index postings walked at most, per alignment: bounds time and memory whatever the text. */
export const PAIR_BUDGET = 4_000_000;
/** Half-width of the diagonal band searched when some very common words were left out of the index. */
export const BAND = 25;

function postings(vectors: readonly Vector[], from: number, to: number): Map<string, number[]> {
  const index = new Map<string, number[]>();
  for (let k = from; k < to; k++) {
    for (const term of vectors[k]!.weights.keys()) {
      const list = index.get(term);
      if (list) list.push(k - from);
      else index.set(term, [k - from]);
    }
  }
  return index;
}

/** The words the index walks: every shared word whose pairs fit in the budget, cheapest first. */
function indexedWords(inA: Map<string, number[]>, inB: Map<string, number[]>, budget: number): { words: Set<string>; complete: boolean } {
  const costs: [string, number][] = [];
  for (const [term, as] of inA) {
    const bs = inB.get(term);
    if (bs) costs.push([term, as.length * bs.length]);
  }
  costs.sort((x, y) => x[1] - y[1]);
  const words = new Set<string>();
  let spent = 0;
  for (const [term, cost] of costs) {
    if (spent + cost > budget) return { words, complete: false };
    spent += cost;
    words.add(term);
  }
  return { words, complete: true };
}

/** B sentences near A sentence i on the line from (0, 0) to (n, m). */
function bandAround(i: number, n: number, m: number): [number, number] {
  const centre = Math.round((i * m) / Math.max(n, 1));
  return [Math.max(0, centre - BAND), Math.min(m - 1, centre + BAND)];
}

/**
 * Pairs (A sentence, B sentence) with similarity ≥ threshold, ordered by a
 * then b. `a` and `b` are each sentence's normalized words.
 */
export function candidatePairs(a: readonly (readonly string[])[], b: readonly (readonly string[])[], threshold: number, budget = PAIR_BUDGET): Candidate[] {
  const n = a.length;
  const m = b.length;
  const vectors = tfidfVectors([...a, ...b]);
  const inA = postings(vectors, 0, n);
  const inB = postings(vectors, n, n + m);
  const { words, complete } = indexedWords(inA, inB, budget);
  const seen = new Int32Array(m).fill(-1);
  const out: Candidate[] = [];
  for (let i = 0; i < n; i++) {
    const near: number[] = [];
    const consider = (j: number) => {
      if (seen[j] === i) return;
      seen[j] = i;
      near.push(j);
    };
    for (const term of vectors[i]!.weights.keys()) if (words.has(term)) for (const j of inB.get(term)!) consider(j);
    if (!complete) {
      const [from, to] = bandAround(i, n, m);
      for (let j = from; j <= to; j++) consider(j);
    }
    near.sort((x, y) => x - y);
    for (const j of near) {
      const similarity = roundSimilarity(cosine(vectors[i]!, vectors[n + j]!));
      if (similarity >= threshold) out.push({ a: i, b: j, similarity });
    }
  }
  return out;
}
