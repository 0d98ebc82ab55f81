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
  /** The weights' terms and values again, as arrays: iterating a Map allocates an entry per term, and cosine runs millions of times. */
  readonly terms: readonly string[];
  readonly values: Float64Array;
  readonly norm: number;
}

function termCounts(words: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}

/** How many documents hold each term; each document given by its distinct terms. */
export function documentFrequency(docs: readonly Iterable<string>[]): Map<string, number> {
  const frequency = new Map<string, number>();
  for (const terms of docs) for (const term of terms) frequency.set(term, (frequency.get(term) ?? 0) + 1);
  return frequency;
}

export function tfidfVectors(docs: readonly (readonly string[])[]): Vector[] {
  const counts = docs.map(termCounts);
  const frequency = documentFrequency(counts.map((c) => c.keys()));
  const idf = (term: string) => 1 + Math.log(docs.length / (1 + frequency.get(term)!));
  return counts.map((weights) => {
    // each count becomes its weight in place: one map per document
    let squares = 0;
    for (const [term, tf] of weights) {
      const w = tf * idf(term);
      weights.set(term, w);
      squares += w * w;
    }
    return { weights, terms: [...weights.keys()], values: Float64Array.from(weights.values()), norm: Math.sqrt(squares) };
  });
}

export function cosine(a: Vector, b: Vector): number {
  const denom = a.norm * b.norm;
  if (denom === 0) return 0;
  const aSmaller = a.terms.length < b.terms.length;
  const small = aSmaller ? a : b;
  const large = aSmaller ? b.weights : a.weights;
  let dot = 0;
  for (let k = 0; k < small.terms.length; k++) dot += small.values[k]! * (large.get(small.terms[k]!) ?? 0);
  return dot / denom;
}

/** A similarity as alignment shows and compares it: rounded to 3 decimals. */
export const roundSimilarity = (s: number): number => Math.round(s * 1000) / 1000;
