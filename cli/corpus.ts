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

/**
 * Every article under `paths` analysed, one at a time, with a progress bar
 * on a terminal; each file that cannot be used is named on stderr (after the
 * bar, so the two do not mix) and returned in `skipped`.
 */
export function analyzeFiles(
  io: Io,
  engine: Engine,
  paths: readonly string[],
  options: LoadOptions & Partial<ScoreOptions> = {},
  onArticle?: (result: ArticleResult) => void,
): { results: ArticleResult[]; skipped: FileProblem[] } {
  const { files, problems } = listArticleFiles(articlePaths(paths));
  const skipped: FileProblem[] = [...problems];
  const results: ArticleResult[] = [];
  const bar = progressBar(io, files.length);
  for (const loaded of loadArticles(files, options)) {
    bar?.increment();
    if ("problem" in loaded) {
      skipped.push(loaded.problem);
      continue;
    }
    const result = analyzeArticle(engine, loaded.article, { voice: options.voice ?? "all", resolved: options.resolved ?? true });
    results.push(result);
    onArticle?.(result);
  }
  bar?.stop();
  skipped.forEach((p) => reportSkipped(io, p));
  return { results, skipped };
}
