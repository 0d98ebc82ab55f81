import { TfIdf } from "natural/lib/natural/tfidf";

/**
 * Text similarity: cosine of TF-IDF vectors over our own normalized tokens
 * (natural's tokenizers drop Arabic letters, so they are not used). IDF is
 * computed over all the documents given together, so words every document
 * shares (في، من، على) weigh little and names and labels weigh much. Serves
 * sentence alignment (documents = sentences) and same-story search
 * (documents = articles).
 */
export type Vector = ReadonlyMap<string, number>;

export function tfidfVectors(docs: readonly (readonly string[])[]): Vector[] {
  const tfidf = new TfIdf();
  for (const words of docs) tfidf.addDocument([...words]);
  return docs.map((_, d) => new Map(tfidf.listTerms(d).map((t) => [t.term, t.tfidf] as const)));
}

const norm = (v: Vector) => Math.sqrt([...v.values()].reduce((s, x) => s + x * x, 0));

export function cosine(a: Vector, b: Vector): number {
  const denom = norm(a) * norm(b);
  if (denom === 0) return 0;
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, w] of small) dot += w * (large.get(term) ?? 0);
  return dot / denom;
}

/** Similarity of every sentence of A with every sentence of B, rounded to 3 decimals. */
export function similarityMatrix(a: readonly (readonly string[])[], b: readonly (readonly string[])[]): number[][] {
  const vectors = tfidfVectors([...a, ...b]);
  return a.map((_, i) => b.map((_, j) => Math.round(cosine(vectors[i]!, vectors[a.length + j]!) * 1000) / 1000));
}
