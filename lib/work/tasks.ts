import type { MessagePort } from "node:worker_threads";
import { diffTexts } from "../align";
import { analyzeText } from "../analysis/analyze-text";
import { createEngine, type Engine } from "../analysis/engine";
import type { Article } from "../corpus/schema";
import { corpusSource, lexiconFingerprint } from "../corpus/store";
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

let cached: { key: string; engine: Engine } | undefined;

/** The engine of the lexicon at `lexiconPath` as its files are now: compiled again only when they changed. */
function engineOf(lexiconPath: string): Engine {
  const key = `${lexiconPath}#${lexiconFingerprint(lexiconPath)}`;
  if (cached?.key !== key) cached = { key, engine: createEngine(loadLexicon(lexiconPath).lexicon) };
  return cached.engine;
}

// Compiled while the worker starts, before the pool hands it a task: the server's lexicon (the
// worker inherits its environment), so a worker replaced after a stopped task is not slow on its first one.
try {
  engineOf(corpusSource().lexiconPath);
} catch {
  /* a broken lexicon: the task that needs it says why */
}

export function runAlignTask(task: AlignTask): DiffJson | Comparison {
  const engine = engineOf(task.lexiconPath);
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
