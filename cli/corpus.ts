import fs from "node:fs";
import { analyzeArticle, type ArticleResult } from "../lib/analysis/corpus";
import type { Engine } from "../lib/analysis/engine";
import type { ScoreOptions } from "../lib/analysis/tally";
import { ArticleIds, listArticleFiles, loadArticles, type LoadOptions } from "../lib/corpus/load";
import type { FileProblem } from "../lib/io/files";
import { defaultArticlesPath } from "../lib/io/paths";
import type { AnalysedFile, BatchResult, FileOutcome } from "../lib/work/file-batch";
import { lazy } from "../lib/work/lazy";
import { reportSkipped, type Io } from "./output";

/** cli-progress, loaded when a bar is shown (on a terminal): a run piped to a file or a script never needs it. */
const progress = lazy(() => require("cli-progress") as typeof import("cli-progress"));

/** The paths given, or `articles/` of the working directory when there is one, else the bundled corpus. */
export const articlePaths = (paths: readonly string[]): string[] => (paths.length > 0 ? [...paths] : [fs.existsSync("articles") ? "articles" : defaultArticlesPath()]);

function progressBar(io: Io, total: number) {
  if (!io.stderrIsTTY || total < 20) return undefined;
  const bar = new (progress().SingleBar)({ format: "analyzing [{bar}] {value}/{total} files", stream: process.stderr, clearOnComplete: true });
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

/** The files under `paths` with a progress bar over them; `finish` stops it and names each skipped file on stderr. `onFile`: the count so far, as the files are listed. */
function corpusRun(io: Io, paths: readonly string[], onFile?: (count: number) => void) {
  const { files, problems } = listArticleFiles(articlePaths(paths), onFile);
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

/**
 * Where batches of `size` files run: `here` in this thread, and `away` in
 * worker threads when there are any. At most `awayInFlight` batches are
 * with the workers at once, and at most `inFlight` batches are analysed (or
 * being analysed) and not yet written, which bounds the memory held.
 */
export interface BatchRunner {
  readonly here: (files: readonly string[]) => BatchResult;
  readonly away?: (files: readonly string[]) => Promise<BatchResult>;
  readonly size: number;
  readonly awayInFlight: number;
  readonly inFlight: number;
  close(): Promise<void>;
}

/**
 * Where a run's batches go: `listing` is told the count of files as they
 * are listed (so that worker threads can be started before a long walk
 * ends: they load their code and compile their engine meanwhile), and
 * `runner` is asked for the runner once every file is listed.
 */
export interface BatchPlan {
  readonly listing?: (count: number) => void;
  readonly runner: (files: number) => BatchRunner;
}

/** A batch on its way: its result once it is back. */
interface Slot {
  result?: BatchResult;
  readonly promise?: Promise<BatchResult>;
}

/** A batch's articles handed to `onArticle` in order; its problems, and a file with an id already seen, go to `skipped`. Gives how many were handed. */
function deliver(outcomes: readonly FileOutcome[], ids: ArticleIds, corpus: { tick(): void; skipped: FileProblem[] }, onArticle: (article: AnalysedFile) => void): number {
  let analyzed = 0;
  for (const outcome of outcomes) {
    corpus.tick();
    const problem = "problem" in outcome ? outcome.problem : ids.claim(outcome.analysed.id, outcome.analysed.path);
    if (problem) corpus.skipped.push(problem);
    else if ("analysed" in outcome) {
      onArticle(outcome.analysed);
      analyzed++;
    }
  }
  return analyzed;
}

/** Lets messages from the worker threads (their finished batches) in between two batches analysed here. */
const letMessagesIn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Every article under `paths`, analysed batch by batch and handed to
 * `onArticle` in the order of the files, whichever thread analysed it: the
 * output is the same on one thread or many. The workers are kept supplied
 * with batches; whenever the next batch to write is not back yet, this
 * thread analyses the following one itself instead of waiting (so it works
 * while the workers start up, and takes the share it can). Before more is
 * started it waits for `ready`, so a slow reader of the output holds the
 * analysis back instead of the output piling up in memory. Each file that
 * cannot be used is named on stderr and returned in `skipped`.
 */
export async function analyzeInBatches(
  io: Io,
  paths: readonly string[],
  plan: BatchPlan,
  onArticle: (article: AnalysedFile) => void,
  ready: () => Promise<void>,
): Promise<{ analyzed: number; skipped: FileProblem[] }> {
  const corpus = corpusRun(io, paths, plan.listing);
  const runner = plan.runner(corpus.files.length);
  const ids = new ArticleIds();
  const pending: Slot[] = [];
  let next = 0;
  let away = 0;
  const more = () => next < corpus.files.length;
  const take = () => corpus.files.slice(next, (next += runner.size));
  const room = () => pending.length < runner.inFlight;
  const sendAway = (send: (files: readonly string[]) => Promise<BatchResult>) => {
    const slot: Slot = {
      promise: send(take()).then((result) => {
        slot.result = result;
        away--;
        return result;
      }),
    };
    // its failure is reported when its turn to be written comes, not as an unhandled rejection before that
    slot.promise!.catch(() => undefined);
    away++;
    pending.push(slot);
  };
  let analyzed = 0;
  try {
    while (pending.length > 0 || more()) {
      while (runner.away && away < runner.awayInFlight && room() && more()) sendAway(runner.away);
      // what is back is written at once; the thread waits for a worker only when it may start nothing more itself
      if (pending[0]?.result || !(room() && more())) {
        const head = pending.shift()!;
        analyzed += deliver((head.result ?? (await head.promise!)).outcomes, ids, corpus, onArticle);
        await ready();
        continue;
      }
      pending.push({ result: runner.here(take()) });
      if (runner.away) await letMessagesIn();
    }
  } finally {
    // a failed batch stops the run: the ones still running are not waited for, nor their failures reported
    await runner.close();
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
