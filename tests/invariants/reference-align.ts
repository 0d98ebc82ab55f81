import type { Candidates } from "../../lib/align/candidates";
import type { AlignedPair } from "../../lib/align/monotone";
import { cosine, roundSimilarity, tfidfVectors } from "../../lib/align/similarity";

/**
 * The alignment as it was before it went sparse, kept as the reference the
 * fast one must agree with (tests) and be timed against (scripts/bench-align.ts):
 * the dense n × m similarity matrix and the (n + 1) × (m + 1) dynamic
 * programming table with its traceback. Quadratic in time and memory.
 */
export function denseSimilarityMatrix(a: readonly (readonly string[])[], b: readonly (readonly string[])[]): number[][] {
  const vectors = tfidfVectors([...a, ...b]);
  return a.map((_, i) => b.map((_, j) => roundSimilarity(cosine(vectors[i]!, vectors[a.length + j]!))));
}

export function denseAlign(sim: readonly (readonly number[])[], n: number, m: number, threshold: number): AlignedPair[] {
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

/** The dense matrix's pairs as candidates, for the sparse alignment. */
export function matrixCandidates(sim: readonly (readonly number[])[]): Candidates {
  const cells = sim.flatMap((row, a) => row.map((similarity, b) => ({ a, b, similarity })));
  return { a: cells.map((x) => x.a), b: cells.map((x) => x.b), similarity: cells.map((x) => x.similarity) };
}
