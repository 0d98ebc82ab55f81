import fs from "node:fs";
import { SingleBar } from "cli-progress";
import { analyzeArticle, type ArticleResult } from "../lib/analysis/corpus";
import type { Engine } from "../lib/analysis/engine";
import type { ScoreOptions } from "../lib/analysis/tally";
import { ArticleIds, listArticleFiles, loadArticles, type LoadOptions } from "../lib/corpus/load";
import type { FileProblem } from "../lib/io/files";
import { defaultArticlesPath } from "../lib/io/paths";
import type { AnalysedFile, BatchResult } from "../lib/work/file-batch";
import { reportSkipped, type Io } from "./output";

/** The paths given, or `articles/` of the working directory when there is one, else the bundled corpus. */
export const articlePaths = (paths: readonly string[]): string[] => (paths.length > 0 ? [...paths] : [fs.existsSync("articles") ? "articles" : defaultArticlesPath()]);

function progressBar(io: Io, total: number) {
  if (!io.stderrIsTTY || total < 20) return undefined;
  const bar = new SingleBar({ format: "analyzing [{bar}] {value}/{total} files", stream: process.stderr, clearOnComplete: true });
  bar.start(total, 0);
  return bar;
}

type CorpusOptions = LoadOptions & Partial<ScoreOptions>;

/** Files skipped are collected in `skipped`, to be named once the progress bar is gone. */
function* analysedArticles(engine: Engine, files: readonly string[], options: CorpusOptions, skipped: FileProblem[], onFile: () => void): Generator<ArticleResult> {
  for (const loaded of loadArticles(files, options)) {
    onFile();
    if ("problem" in loaded) skipped.push(loaded.problem);
    else yield analyzeArticle(engine, loaded.article, { voice: options.voice ?? "all", resolved: options.resolved ?? true });
  }
}

/** The files under `paths` with a progress bar over them; `finish` stops it and names each skipped file on stderr. */
function corpusRun(io: Io, paths: readonly string[]) {
  const { files, problems } = listArticleFiles(articlePaths(paths));
  const skipped: FileProblem[] = [...problems];
  const bar = progressBar(io, files.length);
  return {
    files,
    skipped,
    tick: () => bar?.increment(),
    finish: () => {
      bar?.stop();
      skipped.forEach((p) => reportSkipped(io, p));
    },
  };
}

/**
 * Every article under `paths` analysed and handed to `onArticle`, one at a
 * time and kept by no one here; a progress bar on a terminal. Each file that
 * cannot be used is named on stderr and returned in `skipped`.
 */
export function analyzeEach(
  io: Io,
  engine: Engine,
  paths: readonly string[],
  options: CorpusOptions,
  onArticle: (result: ArticleResult) => void,
): { analyzed: number; skipped: FileProblem[] } {
  const run = corpusRun(io, paths);
  let analyzed = 0;
  for (const result of analysedArticles(engine, run.files, options, run.skipped, run.tick)) {
    onArticle(result);
    analyzed++;
  }
  run.finish();
  return { analyzed, skipped: run.skipped };
}

/** Runs one batch of files: in this thread, or in a worker thread. */
export type RunBatch = (files: readonly string[]) => BatchResult | Promise<BatchResult>;

/** Where batches of `size` files run, `inFlight` at most at once; closed at the end of the run. */
export interface BatchRunner {
  readonly run: RunBatch;
  readonly size: number;
  readonly inFlight: number;
  close(): Promise<void>;
}

/**
 * Every article under `paths`, analysed batch by batch by a runner (up to
 * `inFlight` batches at once, in worker threads) and handed to `onArticle`
 * in the order of the files, whichever batch finishes first: the output is
 * the same on one thread or many. Before more batches are started it waits
 * for `ready`, so a slow reader of the output holds the analysis back
 * instead of the output piling up in memory. Each file that cannot be used
 * is named on stderr and returned in `skipped`.
 */
export async function analyzeInBatches(
  io: Io,
  paths: readonly string[],
  runnerFor: (files: number) => BatchRunner,
  onArticle: (article: AnalysedFile) => void,
  ready: () => Promise<void>,
): Promise<{ analyzed: number; skipped: FileProblem[] }> {
  const corpus = corpusRun(io, paths);
  const batches = runnerFor(corpus.files.length);
  const ids = new ArticleIds();
  const pending: Promise<BatchResult>[] = [];
  let next = 0;
  const startBatches = () => {
    for (; pending.length < batches.inFlight && next < corpus.files.length; next += batches.size) {
      const files = corpus.files.slice(next, next + batches.size);
      pending.push(Promise.resolve().then(() => batches.run(files)));
    }
  };
  let analyzed = 0;
  try {
    startBatches();
    while (pending.length > 0) {
      for (const outcome of (await pending.shift()!).outcomes) {
        corpus.tick();
        const problem = "problem" in outcome ? outcome.problem : ids.claim(outcome.analysed.id, outcome.analysed.path);
        if (problem) corpus.skipped.push(problem);
        else if ("analysed" in outcome) {
          onArticle(outcome.analysed);
          analyzed++;
        }
      }
      await ready();
      startBatches();
    }
  } finally {
    // a failed batch stops the run: the ones still running are not waited for, nor their failures reported twice
    for (const p of pending) p.catch(() => undefined);
    await batches.close();
    corpus.finish();
  }
  return { analyzed, skipped: corpus.skipped };
}

/** Every article under `paths` analysed and kept, for the commands that need the whole corpus at once (report, lesson). */
export function analyzeFiles(io: Io, engine: Engine, paths: readonly string[], options: CorpusOptions = {}): { results: ArticleResult[]; skipped: FileProblem[] } {
  const results: ArticleResult[] = [];
  const { skipped } = analyzeEach(io, engine, paths, options, (r) => results.push(r));
  return { results, skipped };
}
