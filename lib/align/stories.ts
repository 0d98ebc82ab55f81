import { tokenize } from "../arabic/tokenize";
import type { ArticleResult } from "../analysis/corpus";
import { cosine, tfidfVectors } from "./similarity";

/** Whole texts at least this alike (TF-IDF cosine) may tell the same story. */
export const SAME_STORY = 0.3;

/**
 * Pairs of articles from different outlets whose texts are alike enough to be the same story,
 * most alike first. Every pair is compared: quadratic in the number of articles, so callers
 * bound it (the report to 400 articles, the home page to its picker's 200).
 */
export function storyPairs(results: readonly ArticleResult[], max: number): [number, number][] {
  if (results.length < 2) return [];
  const vectors = tfidfVectors(results.map((r) => tokenize(r.article.body).filter((t) => t.isWord).map((t) => t.norm)));
  const pairs: { i: number; j: number; sim: number }[] = [];
  for (let i = 0; i < results.length; i++) {
    for (let j = i + 1; j < results.length; j++) {
      if (results[i]!.article.outlet === results[j]!.article.outlet) continue;
      const sim = cosine(vectors[i]!, vectors[j]!);
      if (sim >= SAME_STORY) pairs.push({ i, j, sim });
    }
  }
  return pairs.sort((x, y) => y.sim - x.sim).slice(0, max).map((p) => [p.i, p.j]);
}

const bestPairs = new WeakMap<readonly ArticleResult[], readonly [string, string] | null>();

/** The ids of the two articles most likely to share a story (a default comparison), once per list of results; null if none. */
export function bestStoryPair(results: readonly ArticleResult[]): readonly [string, string] | null {
  if (!bestPairs.has(results)) {
    const [pair] = storyPairs(results, 1);
    bestPairs.set(results, pair ? [results[pair[0]]!.article.id, results[pair[1]]!.article.id] : null);
  }
  return bestPairs.get(results)!;
}
