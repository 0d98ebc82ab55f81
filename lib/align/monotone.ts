import type { Candidate } from "./candidates";

/**
 * Monotone sentence alignment: the order-keeping matching of A's and B's
 * sentences that maximizes total similarity (Needleman & Wunsch 1970, with
 * free gaps). Pairs below the threshold are never matched, so only the
 * candidate pairs count: the best chain is found over them alone (a
 * heaviest increasing chain, with a prefix-maximum Fenwick tree over B),
 * in O(K log m) time and O(K + n + m) memory for K candidates, instead of
 * the (n + 1) × (m + 1) table. The result is the one the table's traceback
 * gives, ties and the order of unmatched sentences included: walking back
 * from the end it takes a pair when it ends an optimal chain, else drops an
 * A sentence when that keeps the optimum, else a B sentence.
 */
export interface AlignedPair {
  readonly a: number | null;
  readonly b: number | null;
  readonly similarity: number;
}

export const DEFAULT_THRESHOLD = 0.2;

/** Prefix maximum over positions 0..m-1 (Fenwick 1994), starting at 0: the empty chain. */
class PrefixMax {
  private readonly tree: Float64Array;
  constructor(size: number) {
    this.tree = new Float64Array(size + 1);
  }
  /** Max over positions < end. */
  before(end: number): number {
    let best = 0;
    for (let k = end; k > 0; k -= k & -k) best = Math.max(best, this.tree[k]!);
    return best;
  }
  raise(position: number, value: number): void {
    for (let k = position + 1; k < this.tree.length; k += k & -k) this.tree[k] = Math.max(this.tree[k]!, value);
  }
}

interface Scored extends Candidate {
  /** Best total of a chain ending before this pair (in both texts). */
  readonly before: number;
  /** before + similarity: the best chain ending with this pair. */
  readonly total: number;
}

/** Each candidate's best chain total; candidates must be ordered by a. */
function chainTotals(candidates: readonly Candidate[], m: number): Scored[] {
  const best = new PrefixMax(m);
  const scored: Scored[] = [];
  for (let start = 0; start < candidates.length; ) {
    let end = start;
    while (end < candidates.length && candidates[end]!.a === candidates[start]!.a) end++;
    // a row's pairs are scored before any is inserted: two pairs of one A sentence cannot chain
    const row = candidates.slice(start, end).map((c) => {
      const before = best.before(c.b);
      return { ...c, before, total: before + c.similarity };
    });
    for (const c of row) {
      best.raise(c.b, c.total);
      scored.push(c);
    }
    start = end;
  }
  return scored;
}

/** For one chain total: do any pairs with it lie in rows < r and columns < c? (pairs sorted by row, with the running minimum column) */
class Level {
  private readonly rows: number[];
  private readonly minColumn: number[];
  constructor(pairs: readonly Scored[]) {
    const sorted = [...pairs].sort((x, y) => x.a - y.a);
    this.rows = sorted.map((p) => p.a);
    let min = Infinity;
    this.minColumn = sorted.map((p) => (min = Math.min(min, p.b)));
  }
  reaches(r: number, c: number): boolean {
    let lo = 0;
    let hi = this.rows.length; // first index with row >= r
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.rows[mid]! < r) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && this.minColumn[lo - 1]! < c;
  }
}

export function alignMonotone(candidates: readonly Candidate[], n: number, m: number, threshold = DEFAULT_THRESHOLD): AlignedPair[] {
  if (!(threshold > 0)) throw new RangeError(`alignment threshold must be above 0, got ${threshold}`);
  const scored = chainTotals(
    candidates.filter((c) => c.similarity >= threshold),
    m,
  );
  const at = new Map<number, Scored>(scored.map((s) => [s.a * m + s.b, s]));
  const byTotal = new Map<number, Scored[]>();
  for (const s of scored) {
    const same = byTotal.get(s.total);
    if (same) same.push(s);
    else byTotal.set(s.total, [s]);
  }
  const levels = new Map<number, Level>();
  const level = (total: number) => levels.get(total) ?? levels.set(total, new Level(byTotal.get(total) ?? [])).get(total)!;

  let remaining = scored.reduce((best, s) => Math.max(best, s.total), 0);
  const pairs: AlignedPair[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const diagonal = i > 0 && j > 0 ? at.get((i - 1) * m + (j - 1)) : undefined;
    if (diagonal && diagonal.total === remaining) {
      pairs.push({ a: i - 1, b: j - 1, similarity: diagonal.similarity });
      remaining = diagonal.before;
      i--;
      j--;
    } else if (i > 0 && (j === 0 || remaining === 0 || level(remaining).reaches(i - 1, j))) {
      pairs.push({ a: i - 1, b: null, similarity: 0 });
      i--;
    } else {
      pairs.push({ a: null, b: j - 1, similarity: 0 });
      j--;
    }
  }
  return pairs.reverse();
}
