import { move, transferableSymbol, valueSymbol } from "piscina";
import { analyzeArticleText } from "../analysis/corpus";
import { createEngine, type Engine } from "../analysis/engine";
import { Tally, type ScoreOptions, type TargetCounts } from "../analysis/tally";
import { loadArticle, type LoadOptions } from "../corpus/load";
import type { FileProblem } from "../io/files";
import type { Lexicon } from "../lexicon/schema";
import { articleText, PRINTS_TARGET_SCORES, type AnalysisFormat } from "../report/analysis-stream";
import { utf8Views } from "./utf8";

// for the thread's entry (bin/file-worker.js), which loads this module's bundle only
export { cachePhraseTables } from "../io/phrase-cache";

/**
 * `adasa analyze` over files, cut into batches that run anywhere: in the
 * main thread for a few files, in worker threads for a folder. A batch reads,
 * analyses and serialises its files and hands back only what the writer
 * needs: each article in the output format, as UTF-8 bytes, and its additive
 * counts for the per-outlet totals. Everything here is plain data
 * (structured clone), and the batch's articles are views of one buffer,
 * which a worker thread hands over without a copy.
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
  /** The article as the format writes it (articleText), in UTF-8: a view of the batch's buffer. */
  readonly bytes: Uint8Array;
}

export type FileOutcome = { readonly analysed: AnalysedFile } | { readonly problem: FileProblem };

export interface BatchResult {
  readonly outcomes: readonly FileOutcome[];
  /** The one buffer under every article's bytes. */
  readonly buffer: ArrayBuffer;
}

type Serialised = Omit<AnalysedFile, "bytes"> & { readonly text: string };

/**
 * The articles' texts encoded into one buffer, each article's bytes a view
 * of it: one buffer per batch to allocate and hand over, not one per
 * article. Encoded at once, not when written: each text then dies young
 * (a JSON article is about 60 KB of UTF-16), where kept until the output
 * took it, texts reached the old generation and a one-thread JSON run's
 * peak RSS rose from 180 to 270–320 MB (5,000 files).
 */
function encodeBatch(serialised: readonly (Serialised | { readonly problem: FileProblem })[]): BatchResult {
  const texts: string[] = [];
  for (const s of serialised) if (!("problem" in s)) texts.push(s.text);
  const { views, buffer } = utf8Views(texts);
  let next = 0;
  const outcomes = serialised.map((s): FileOutcome => {
    if ("problem" in s) return s;
    const { text: _text, ...analysed } = s;
    return { analysed: { ...analysed, bytes: views[next++]! } };
  });
  return { outcomes, buffer };
}

/** Each file loaded, analysed and serialised, in the order given; a file that cannot be used gives its problem. */
export function analyseFileBatch(engine: Engine, files: readonly string[], options: FileBatchOptions): BatchResult {
  return encodeBatch(
    files.map((file) => {
      const loaded = loadArticle(file, options);
      if ("problem" in loaded) return loaded;
      const { article } = loaded;
      const analysis = analyzeArticleText(engine, article);
      const tally = new Tally(engine.lexicon, options.score).add(analysis);
      const text = articleText(options.format, { article, analysis, targets: PRINTS_TARGET_SCORES[options.format] ? tally.scores() : [] });
      return { path: file, id: article.id, outlet: article.outlet, outletEn: article.outlet_en, words: analysis.words, counts: tally.counts(), text };
    }),
  );
}

export interface FileBatch {
  readonly files: readonly string[];
  readonly options: FileBatchOptions;
}

/**
 * The task of a file-analysis worker thread (bin/file-worker.js): its engine
 * compiled once, from the main thread's lexicon. The batch's buffer is
 * transferred to the main thread, not copied.
 */
export function fileBatchTask(lexicon: Lexicon): (batch: FileBatch) => BatchResult {
  const engine = createEngine(lexicon);
  return (batch) => {
    const result = analyseFileBatch(engine, batch.files, batch.options);
    return move({ [transferableSymbol]: [result.buffer], [valueSymbol]: result }) as unknown as BatchResult;
  };
}
