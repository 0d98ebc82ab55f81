import type { MessagePort } from "node:worker_threads";
import { diffTexts } from "../align";
import { analyzeText } from "../analysis/analyze-text";
import type { Article } from "../corpus/schema";
import { corpusSource, currentEngine } from "../corpus/store";
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

export type DiffArticle = Pick<Article, "id" | "path" | "outlet" | "title" | "body">;

export type AlignTask =
  | { readonly kind: "diff"; readonly lexiconPath: string; readonly a: DiffArticle; readonly b: DiffArticle }
  | {
      readonly kind: "compare";
      readonly lexiconPath: string;
      readonly articles: readonly ArticleLike[];
      readonly termOutlets?: ReadonlyMap<string, ReadonlySet<string>>;
    };

/** A task as the pool sends it: with a port on which the worker says it has started (the time budget starts then). */
export interface AlignJob {
  readonly task: AlignTask;
  readonly started: MessagePort;
}

export type AlignResult<T extends AlignTask> = T extends { kind: "diff" } ? DiffJson : Comparison;


// Compiled while the worker starts, before the pool hands it a task: the server's lexicon (the
// worker inherits its environment), so a worker replaced after a stopped task is not slow on its first one.
try {
  currentEngine(corpusSource().lexiconPath);
} catch {
  /* a broken lexicon: the task that needs it says why */
}

export function runAlignTask(task: AlignTask): DiffJson | Comparison {
  const engine = currentEngine(task.lexiconPath);
  if (task.kind === "diff") {
    const side = (x: DiffArticle) => ({ text: x.body, analysis: analyzeText(engine, x.body) });
    return diffJson(task.a, task.b, diffTexts(side(task.a), side(task.b)));
  }
  return compareArticles(engine, task.articles.map((article) => ({ article })), task.termOutlets);
}

/** The worker's entry (piscina calls it): says it has started, then runs the task. */
export function runAlignJob(job: AlignJob): DiffJson | Comparison {
  job.started.postMessage("started");
  job.started.close();
  return runAlignTask(job.task);
}
