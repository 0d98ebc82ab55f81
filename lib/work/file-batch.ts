import { analyzeArticleText } from "../analysis/corpus";
import { createEngine, type Engine } from "../analysis/engine";
import { Tally, type ScoreOptions, type TargetCounts } from "../analysis/tally";
import { loadArticle, type LoadOptions } from "../corpus/load";
import type { FileProblem } from "../io/files";
import type { Lexicon } from "../lexicon/schema";
import { articleText, type AnalysisFormat } from "../report/analysis-stream";

/**
 * `adasa analyze` over files, cut into batches that run anywhere: in the
 * main thread for a few files, in worker threads for a folder. A batch reads,
 * analyses and serialises its files and hands back only what the writer
 * needs: each article's text in the output format, and its additive counts
 * for the per-outlet totals. Everything here is plain data (structured clone).
 */
export interface FileBatchOptions extends LoadOptions {
  readonly format: AnalysisFormat;
  readonly score: ScoreOptions;
}

export interface AnalysedFile {
  readonly path: string;
  readonly id: string;
  readonly outlet: string;
  readonly outletEn: string | null;
  readonly words: number;
  readonly counts: readonly TargetCounts[];
  /** The article as the format writes it (AnalysisWriter.articleText). */
  readonly text: string;
}

export type FileOutcome = { readonly analysed: AnalysedFile } | { readonly problem: FileProblem };

/** Each file loaded, analysed and serialised, in the order given; a file that cannot be used gives its problem. */
export function analyseFileBatch(engine: Engine, files: readonly string[], options: FileBatchOptions): FileOutcome[] {
  return files.map((file) => {
    const loaded = loadArticle(file, options);
    if ("problem" in loaded) return loaded;
    const { article } = loaded;
    const analysis = analyzeArticleText(engine, article);
    const tally = new Tally(engine.lexicon, options.score).add(analysis);
    const text = articleText(options.format, { article, analysis, targets: tally.scores() });
    return { analysed: { path: file, id: article.id, outlet: article.outlet, outletEn: article.outlet_en, words: analysis.words, counts: tally.counts(), text } };
  });
}

export interface FileBatch {
  readonly files: readonly string[];
  readonly options: FileBatchOptions;
}

/** The task of a file-analysis worker thread (bin/file-worker.js): its engine compiled once, from the main thread's lexicon. */
export function fileBatchTask(lexicon: Lexicon): (batch: FileBatch) => FileOutcome[] {
  const engine = createEngine(lexicon);
  return (batch) => analyseFileBatch(engine, batch.files, batch.options);
}
