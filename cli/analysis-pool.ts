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
    analyze: (texts) => pool.run(texts),
    close: () => pool.destroy(),
  };
}
