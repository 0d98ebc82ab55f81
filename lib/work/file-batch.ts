import { move, transferableSymbol, valueSymbol } from "piscina";
import { analyzeArticleText } from "../analysis/corpus";
import { createEngine, type Engine } from "../analysis/engine";
import { Tally, type ScoreOptions, type TargetCounts } from "../analysis/tally";
import { loadArticle, type LoadOptions } from "../corpus/load";
import type { FileProblem } from "../io/files";
import type { Lexicon } from "../lexicon/schema";
import { articleText, PRINTS_TARGET_SCORES, type AnalysisFormat } from "../report/analysis-stream";
import { utf8Views } from "./utf8";

/**
 * `adasa analyze` over files, cut into batches that run anywhere: in the
 * main thread for a few files, in worker threads for a folder. A batch reads,
 * analyses and serialises its files and hands back only what the writer
 * needs: each article in the output format, and its additive counts for the
 * per-outlet totals. Everything here is plain data (structured clone); a
 * worker thread's articles are UTF-8 in one buffer per batch, handed over
 * without a copy.
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
  /**
   * The article as the format writes it (articleText): the text where it was
   * analysed in this thread (the output encodes it straight into its block),
   * its UTF-8 bytes (a view of the batch's buffer) from a worker thread.
   */
  readonly output: string | Uint8Array;
}

export type FileOutcome = { readonly analysed: AnalysedFile } | { readonly problem: FileProblem };

export interface BatchResult {
  readonly outcomes: readonly FileOutcome[];
}

/** Each file loaded, analysed and serialised, in the order given; a file that cannot be used gives its problem. */
export function analyseFileBatch(engine: Engine, files: readonly string[], options: FileBatchOptions): BatchResult {
  return {
    outcomes: files.map((file): FileOutcome => {
      const loaded = loadArticle(file, options);
      if ("problem" in loaded) return loaded;
      const { article } = loaded;
      const analysis = analyzeArticleText(engine, article);
      const tally = new Tally(engine.lexicon, options.score).add(analysis);
      const output = articleText(options.format, { article, analysis, targets: PRINTS_TARGET_SCORES[options.format] ? tally.scores() : [] });
      return { analysed: { path: file, id: article.id, outlet: article.outlet, outletEn: article.outlet_en, words: analysis.words, counts: tally.counts(), output } };
    }),
  };
}

/** A batch's articles as UTF-8, views of one buffer of their own (the buffer, to be transferred). */
function encoded(result: BatchResult): { result: BatchResult; buffer: ArrayBuffer } {
  const texts: string[] = [];
  for (const o of result.outcomes) if ("analysed" in o) texts.push(o.analysed.output as string);
  const { views, buffer } = utf8Views(texts);
  let next = 0;
  const outcomes = result.outcomes.map((o): FileOutcome => ("analysed" in o ? { analysed: { ...o.analysed, output: views[next++]! } } : o));
  return { result: { outcomes }, buffer };
}

export interface FileBatch {
  readonly files: readonly string[];
  readonly options: FileBatchOptions;
}

/**
 * The task of a file-analysis worker thread (bin/file-worker.js): its engine
 * compiled once, from the main thread's lexicon. The batch's articles are
 * encoded into one buffer, transferred to the main thread, not copied:
 * structured clone would copy a string's two bytes per character.
 */
export function fileBatchTask(lexicon: Lexicon): (batch: FileBatch) => BatchResult {
  const engine = createEngine(lexicon);
  return (batch) => {
    const { result, buffer } = encoded(analyseFileBatch(engine, batch.files, batch.options));
    return move({ [transferableSymbol]: [buffer], [valueSymbol]: result }) as unknown as BatchResult;
  };
}
