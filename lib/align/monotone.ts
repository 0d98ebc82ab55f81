import type { Candidates } from "./candidates";

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

/** Chain totals of the candidates, by index: `before[k]` is the best total of a chain ending before pair k (in both texts), `total[k]` that plus its similarity; NaN for a pair under the threshold. */
function chainTotals(c: Candidates, m: number, threshold: number): { before: Float64Array; total: Float64Array } {
  const count = c.a.length;
  const before = new Float64Array(count);
  const total = new Float64Array(count).fill(NaN);
  const best = new PrefixMax(m);
  for (let start = 0; start < count; ) {
    let end = start;
    while (end < count && c.a[end] === c.a[start]) end++;
    // a row's pairs are scored before any is inserted: two pairs of one A sentence cannot chain
    for (let k = start; k < end; k++) {
      if (!(c.similarity[k]! >= threshold)) continue;
      before[k] = best.before(c.b[k]!);
      total[k] = before[k]! + c.similarity[k]!;
    }
    for (let k = start; k < end; k++) if (!Number.isNaN(total[k])) best.raise(c.b[k]!, total[k]!);
    start = end;
  }
  return { before, total };
}

/** The index of pair (i, j) among candidates ordered by a then b, or -1. */
function indexOf(c: Candidates, rowStart: Int32Array, i: number, j: number): number {
  let lo = rowStart[i]!;
  let hi = rowStart[i + 1]!;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (c.b[mid]! < j) lo = mid + 1;
    else hi = mid;
  }
  return lo < rowStart[i + 1]! && c.b[lo] === j ? lo : -1;
}

function rowStarts(c: Candidates, n: number): Int32Array {
  const starts = new Int32Array(n + 1);
  for (const a of c.a) starts[a + 1]!++;
  for (let i = 0; i < n; i++) starts[i + 1]! += starts[i]!;
  return starts;
}

/**
 * The pairs grouped by chain total (indexes sorted by total, then by row):
 * for one total, do any of its pairs lie in rows < r and columns < col?
 * Each group's running minimum column is computed when first asked.
 */
class Levels {
  private readonly order: Uint32Array;
  private readonly minColumn = new Map<number, { from: number; min: Int32Array }>();
  constructor(
    private readonly c: Candidates,
    private readonly total: Float64Array,
  ) {
    const scored: number[] = [];
    total.forEach((t, k) => {
      if (!Number.isNaN(t)) scored.push(k);
    });
    this.order = Uint32Array.from(scored).sort((x, y) => total[x]! - total[y]! || x - y);
  }
  /** First position in order whose total is ≥ t. */
  private first(t: number): number {
    let lo = 0;
    let hi = this.order.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.total[this.order[mid]!]! < t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  private level(t: number): { from: number; min: Int32Array } {
    const known = this.minColumn.get(t);
    if (known) return known;
    const from = this.first(t);
    let to = from;
    while (to < this.order.length && this.total[this.order[to]!] === t) to++;
    const min = new Int32Array(to - from);
    let least = Infinity;
    for (let k = from; k < to; k++) min[k - from] = least = Math.min(least, this.c.b[this.order[k]!]!);
    const level = { from, min };
    this.minColumn.set(t, level);
    return level;
  }
  reaches(t: number, r: number, col: number): boolean {
    const { from, min } = this.level(t);
    let lo = 0;
    let hi = min.length; // first pair of the level in a row >= r
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.c.a[this.order[from + mid]!]! < r) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && min[lo - 1]! < col;
  }
}

/** Candidates must be ordered by a then b (as candidatePairs gives them). */
export function alignMonotone(c: Candidates, n: number, m: number, threshold = DEFAULT_THRESHOLD): AlignedPair[] {
  if (!(threshold > 0)) throw new RangeError(`alignment threshold must be above 0, got ${threshold}`);
  const { before, total } = chainTotals(c, m, threshold);
  const rowStart = rowStarts(c, n);
  const levels = new Levels(c, total);
  let remaining = total.reduce((best, t) => (t > best ? t : best), 0);

  const pairs: AlignedPair[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const diagonal = i > 0 && j > 0 ? indexOf(c, rowStart, i - 1, j - 1) : -1;
    if (diagonal >= 0 && total[diagonal] === remaining) {
      pairs.push({ a: i - 1, b: j - 1, similarity: c.similarity[diagonal]! });
      remaining = before[diagonal]!;
      i--;
      j--;
    } else if (i > 0 && (j === 0 || remaining === 0 || levels.reaches(remaining, i - 1, j))) {
      pairs.push({ a: i - 1, b: null, similarity: 0 });
      i--;
    } else {
      pairs.push({ a: null, b: j - 1, similarity: 0 });
      j--;
    }
  }
  return pairs.reverse();
}
