import os from "node:os";
import path from "node:path";
import { Piscina } from "piscina";
import type { Engine } from "../lib/analysis/engine";
import { projectRoot } from "../lib/io/paths";
import type { AnalyzeTexts } from "../lib/store/analysis-run";

export interface AnalysisPool {
  readonly analyze: AnalyzeTexts;
  readonly threads: number;
  close(): Promise<void>;
}

/** `xs` in `n` consecutive slices of nearly equal length (fewer when there are fewer items). */
function slices<T>(xs: readonly T[], n: number): T[][] {
  const size = Math.ceil(xs.length / n);
  return size === 0 ? [] : Array.from({ length: Math.ceil(xs.length / size) }, (_, i) => xs.slice(i * size, (i + 1) * size));
}

/** Analysis on every core: one worker thread per core (or `threads`), each with its own compiled engine. */
export function analysisPool(engine: Engine, threads = Math.max(1, os.availableParallelism())): AnalysisPool {
  const pool = new Piscina({
    filename: path.join(projectRoot(), "bin", "analysis-worker.js"),
    workerData: { lexicon: engine.lexicon.lexicon },
    minThreads: threads,
    maxThreads: threads,
  });
  return {
    threads,
    // a batch is shared among the threads, so that one batch keeps every core busy
    analyze: async (texts) => (await Promise.all(slices(texts, threads).map((slice) => pool.run(slice)))).flat(),
    close: () => pool.destroy(),
  };
}
