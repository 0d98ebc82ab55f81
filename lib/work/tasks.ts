import { diffTexts } from "../align";
import { analyzeText } from "../analysis/analyze-text";
import { createEngine, type Engine } from "../analysis/engine";
import type { Article } from "../corpus/schema";
import { loadLexicon } from "../lexicon/load";
import { compareArticles, type Comparison } from "../report/compare";
import type { ArticleLike } from "../report/article-view";
import { diffJson, type DiffJson } from "../report/diff-json";

/**
 * The work the web routes hand to the worker pool (lib/work/pool.ts): the
 * costly alignment of texts, run in a worker thread so that the server's
 * own thread keeps answering, and so that a runaway task can be stopped by
 * terminating its worker. Everything crossing the thread boundary is plain
 * data (structured clone): texts in, JSON-ready results out.
 */

/** Which lexicon to use: its path, and a version that changes whenever the server loads it again. */
export interface LexiconRef {
  readonly path: string;
  readonly version: string;
}

export type DiffArticle = Pick<Article, "id" | "path" | "outlet" | "title" | "body">;

export type AlignTask =
  | { readonly kind: "diff"; readonly lexicon: LexiconRef; readonly a: DiffArticle; readonly b: DiffArticle }
  | {
      readonly kind: "compare";
      readonly lexicon: LexiconRef;
      readonly articles: readonly ArticleLike[];
      readonly termOutlets?: ReadonlyMap<string, ReadonlySet<string>>;
    };

export type AlignResult<T extends AlignTask> = T extends { kind: "diff" } ? DiffJson : Comparison;

let cached: { key: string; engine: Engine } | undefined;

/** The engine of `ref`, compiled once per worker and lexicon version. */
function engineOf(ref: LexiconRef): Engine {
  const key = `${ref.path}#${ref.version}`;
  if (cached?.key !== key) cached = { key, engine: createEngine(loadLexicon(ref.path).lexicon) };
  return cached.engine;
}

export function runAlignTask(task: AlignTask): DiffJson | Comparison {
  const engine = engineOf(task.lexicon);
  if (task.kind === "diff") {
    const side = (x: DiffArticle) => ({ text: x.body, analysis: analyzeText(engine, x.body) });
    return diffJson(task.a, task.b, diffTexts(side(task.a), side(task.b)));
  }
  return compareArticles(engine, task.articles.map((article) => ({ article })), task.termOutlets);
}
