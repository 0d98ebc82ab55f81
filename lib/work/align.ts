import { countSentences, describeSentenceLimit, sentenceLimitExceeded } from "../align/sentence-limit";
import type { ArticleLike } from "../report/article-view";
import { laneFor, runInPool, WorkRefused } from "./pool";
import type { AlignResult, AlignTask, DiffArticle } from "./tasks";

/** Why a comparison was not made: 413 over the sentence limit, 503 out of time, memory or room in the pool. */
export interface Refusal {
  readonly status: 413 | 503;
  readonly message: string;
}

const bodiesOf = (task: AlignTask): string[] => (task.kind === "diff" ? [task.a.body, task.b.body] : task.articles.map((a) => a.body));

/**
 * What the web routes call to align texts: sentences counted first (a
 * linear scan, on this thread) and texts over the limit refused before any
 * alignment starts; then the task in the worker pool (its lane chosen by the
 * number of sentences), within its budget.
 */
export async function alignWithinLimits<T extends AlignTask>(task: T): Promise<{ result: AlignResult<T> } | { refused: Refusal }> {
  const sentences = bodiesOf(task).map(countSentences);
  const over = sentenceLimitExceeded(sentences);
  if (over) return { refused: { status: 413, message: describeSentenceLimit(over) } };
  try {
    return { result: await runInPool(task, laneFor(sentences)) };
  } catch (error) {
    if (error instanceof WorkRefused) return { refused: { status: 503, message: error.message } };
    throw error;
  }
}

/** What the server's corpus gives a task: where its lexicon is (a worker compiles it once), and which outlets use each term. */
export interface AlignContext {
  readonly lexiconPath: string;
  readonly termOutlets: ReadonlyMap<string, ReadonlySet<string>>;
}

/** The annotated diff of two texts, as `adasa diff --format json`. */
export const diffWithinLimits = (context: AlignContext, a: DiffArticle, b: DiffArticle) =>
  alignWithinLimits({ kind: "diff", lexiconPath: context.lexiconPath, a, b });

/** Reader views and the diff (two texts) or collation (three or more). */
export const compareWithinLimits = (context: AlignContext, articles: readonly ArticleLike[]) =>
  alignWithinLimits({ kind: "compare", lexiconPath: context.lexiconPath, articles, termOutlets: context.termOutlets });
