import fs from "node:fs";
import { SingleBar } from "cli-progress";
import { analyzeArticle, type ArticleResult } from "../lib/analysis/corpus";
import type { Engine } from "../lib/analysis/engine";
import type { ScoreOptions } from "../lib/analysis/tally";
import { listArticleFiles, loadArticles, type LoadOptions } from "../lib/corpus/load";
import type { FileProblem } from "../lib/io/files";
import { defaultArticlesPath } from "../lib/io/paths";
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

/**
 * analyzeEach for a long output: before each next article it waits for
 * `ready`, so a slow reader of the output holds the analysis back instead of
 * the output piling up in memory.
 */
export async function analyzeEachPaced(
  io: Io,
  engine: Engine,
  paths: readonly string[],
  options: CorpusOptions,
  onArticle: (result: ArticleResult) => void,
  ready: () => Promise<void>,
): Promise<{ analyzed: number; skipped: FileProblem[] }> {
  const run = corpusRun(io, paths);
  let analyzed = 0;
  try {
    for (const result of analysedArticles(engine, run.files, options, run.skipped, run.tick)) {
      onArticle(result);
      analyzed++;
      await ready();
    }
  } finally {
    run.finish();
  }
  return { analyzed, skipped: run.skipped };
}

/** Every article under `paths` analysed and kept, for the commands that need the whole corpus at once (report, lesson). */
export function analyzeFiles(io: Io, engine: Engine, paths: readonly string[], options: CorpusOptions = {}): { results: ArticleResult[]; skipped: FileProblem[] } {
  const results: ArticleResult[] = [];
  const { skipped } = analyzeEach(io, engine, paths, options, (r) => results.push(r));
  return { results, skipped };
}
