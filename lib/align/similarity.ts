import { TfIdf } from "natural/lib/natural/tfidf";

/**
 * Sentence similarity: cosine of TF-IDF vectors over our own normalized
 * tokens (natural's tokenizers drop Arabic letters, so they are not used).
 * IDF is computed over the sentences of both texts, so words every sentence
 * shares (في، من، على) weigh little and names and labels weigh much.
 */
export function similarityMatrix(a: readonly (readonly string[])[], b: readonly (readonly string[])[]): number[][] {
  const tfidf = new TfIdf();
  for (const words of [...a, ...b]) tfidf.addDocument([...words]);
  const vectors = [...a, ...b].map((_, d) => {
    const v = new Map<string, number>();
    for (const { term, tfidf: weight } of tfidf.listTerms(d)) v.set(term, weight);
    return v;
  });
  const norms = vectors.map((v) => Math.sqrt([...v.values()].reduce((s, x) => s + x * x, 0)));
  return a.map((_, i) =>
    b.map((_, j) => {
      const va = vectors[i]!;
      const vb = vectors[a.length + j]!;
      const denom = norms[i]! * norms[a.length + j]!;
      if (denom === 0) return 0;
      let dot = 0;
      const [small, large] = va.size < vb.size ? [va, vb] : [vb, va];
      for (const [term, w] of small) dot += w * (large.get(term) ?? 0);
      return Math.round((dot / denom) * 1000) / 1000;
    }),
  );
}
