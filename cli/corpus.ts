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

/**
 * Every article under `paths` analysed and handed to `onArticle`, one at a
 * time and kept by no one here, so memory does not grow with the corpus; a
 * progress bar on a terminal. Each file that cannot be used is named on
 * stderr (after the bar, so the two do not mix) and returned in `skipped`.
 */
export function analyzeEach(
  io: Io,
  engine: Engine,
  paths: readonly string[],
  options: CorpusOptions,
  onArticle: (result: ArticleResult) => void,
): { analyzed: number; skipped: FileProblem[] } {
  const { files, problems } = listArticleFiles(articlePaths(paths));
  const skipped: FileProblem[] = [...problems];
  let analyzed = 0;
  const bar = progressBar(io, files.length);
  for (const loaded of loadArticles(files, options)) {
    bar?.increment();
    if ("problem" in loaded) {
      skipped.push(loaded.problem);
      continue;
    }
    onArticle(analyzeArticle(engine, loaded.article, { voice: options.voice ?? "all", resolved: options.resolved ?? true }));
    analyzed++;
  }
  bar?.stop();
  skipped.forEach((p) => reportSkipped(io, p));
  return { analyzed, skipped };
}

/** Every article under `paths` analysed and kept, for the commands that need the whole corpus at once (report, lesson). */
export function analyzeFiles(io: Io, engine: Engine, paths: readonly string[], options: CorpusOptions = {}): { results: ArticleResult[]; skipped: FileProblem[] } {
  const results: ArticleResult[] = [];
  const { skipped } = analyzeEach(io, engine, paths, options, (r) => results.push(r));
  return { results, skipped };
}
