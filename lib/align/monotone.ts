/**
 * Monotone sentence alignment: the order-keeping matching of A's and B's
 * sentences that maximizes total similarity, by dynamic programming
 * (Needleman & Wunsch 1970, with free gaps). Pairs below `threshold` are
 * never matched: those sentences are shown as only-in-A or only-in-B.
 */
export interface AlignedPair {
  readonly a: number | null;
  readonly b: number | null;
  readonly similarity: number;
}

export const DEFAULT_THRESHOLD = 0.2;

export function alignMonotone(sim: readonly (readonly number[])[], n: number, m: number, threshold = DEFAULT_THRESHOLD): AlignedPair[] {
  // score[i][j]: best total for A[0, i) and B[0, j)
  const score = Array.from({ length: n + 1 }, () => new Float64Array(m + 1));
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const s = sim[i - 1]![j - 1]!;
      const diagonal = s >= threshold ? score[i - 1]![j - 1]! + s : -Infinity;
      score[i]![j] = Math.max(diagonal, score[i - 1]![j]!, score[i]![j - 1]!);
    }
  }
  const pairs: AlignedPair[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const s = i > 0 && j > 0 ? sim[i - 1]![j - 1]! : 0;
    if (i > 0 && j > 0 && s >= threshold && score[i]![j] === score[i - 1]![j - 1]! + s) {
      pairs.push({ a: i - 1, b: j - 1, similarity: s });
      i--;
      j--;
    } else if (i > 0 && (j === 0 || score[i]![j] === score[i - 1]![j])) {
      pairs.push({ a: i - 1, b: null, similarity: 0 });
      i--;
    } else {
      pairs.push({ a: null, b: j - 1, similarity: 0 });
      j--;
    }
  }
  return pairs.reverse();
}
