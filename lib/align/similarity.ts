/**
 * Text similarity: cosine of TF-IDF vectors over our own normalized tokens.
 * IDF is computed over all the documents given together, so words every
 * document shares (في، من، على) weigh little and names and labels weigh
 * much. Serves sentence alignment (documents = sentences) and same-story
 * search (documents = articles).
 *
 * The weights are natural's TfIdf formula (tf = raw count, idf = 1 +
 * ln(N / (1 + df))), computed here in one pass: natural counts the documents
 * holding a term by scanning every document for every term, which is
 * quadratic and took minutes on texts of tens of thousands of sentences.
 * Each vector's norm is computed once, not once per compared pair.
 */
export interface Vector {
  readonly weights: ReadonlyMap<string, number>;
  readonly norm: number;
}

function termCounts(words: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}

export function tfidfVectors(docs: readonly (readonly string[])[]): Vector[] {
  const counts = docs.map(termCounts);
  const documentFrequency = new Map<string, number>();
  for (const c of counts) for (const term of c.keys()) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  const idf = (term: string) => 1 + Math.log(docs.length / (1 + documentFrequency.get(term)!));
  return counts.map((c) => {
    const weights = new Map<string, number>();
    let squares = 0;
    for (const [term, tf] of c) {
      const w = tf * idf(term);
      weights.set(term, w);
      squares += w * w;
    }
    return { weights, norm: Math.sqrt(squares) };
  });
}

export function cosine(a: Vector, b: Vector): number {
  const denom = a.norm * b.norm;
  if (denom === 0) return 0;
  const [small, large] = a.weights.size < b.weights.size ? [a.weights, b.weights] : [b.weights, a.weights];
  let dot = 0;
  for (const [term, w] of small) dot += w * (large.get(term) ?? 0);
  return dot / denom;
}

/** A similarity as alignment shows and compares it: rounded to 3 decimals. */
export const roundSimilarity = (s: number): number => Math.round(s * 1000) / 1000;
