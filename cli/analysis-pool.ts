import os from "node:os";
import path from "node:path";
import { Piscina } from "piscina";
import type { Engine } from "../lib/analysis/engine";
import type { DatedText } from "../lib/analysis/record";
import type { ImportedText } from "../lib/analysis/worker-task";
import type { Lexicon } from "../lib/lexicon/schema";
import { projectRoot } from "../lib/io/paths";
import type { AnalyzeTexts } from "../lib/store/analysis-run";
import type { BatchResult, FileBatch } from "../lib/work/file-batch";

export interface AnalysisPool {
  readonly analyze: AnalyzeTexts;
  /** An import's new texts analysed and fingerprinted (MinHash) in one trip to the threads (bin/analysis-worker.js). */
  readonly analyzeImported: (texts: readonly DatedText[]) => Promise<ImportedText[]>;
  /** Content hashes of an import's bodies (lib/import/fingerprint.ts), on the threads. */
  readonly hashBodies: (bodies: readonly string[]) => Promise<string[]>;
  readonly threads: number;
  close(): Promise<void>;
}

/** `xs` in `n` consecutive slices of nearly equal length (fewer when there are fewer items). */
function slices<T>(xs: readonly T[], n: number): T[][] {
  const size = Math.ceil(xs.length / n);
  return size === 0 ? [] : Array.from({ length: Math.ceil(xs.length / size) }, (_, i) => xs.slice(i * size, (i + 1) * size));
}

export const cores = (): number => Math.max(1, os.availableParallelism());

/**
 * `threads` worker threads running the task module of `entry` (under bin/),
 * each compiling its own engine from `lexicon`; each is handed up to
 * `tasksPerThread` tasks at once, which it runs one after the other.
 */
const workers = (entry: string, lexicon: Lexicon, threads: number, tasksPerThread = 1) =>
  new Piscina({
    filename: path.join(projectRoot(), "bin", entry),
    workerData: { lexicon },
    minThreads: threads,
    maxThreads: threads,
    concurrentTasksPerWorker: tasksPerThread,
  });

/** Analysis on every core: one worker thread per core (or `threads`), each with its own compiled engine. */
export function analysisPool(engine: Engine, threads = cores()): AnalysisPool {
  const pool = workers("analysis-worker.js", engine.lexicon.lexicon, threads);
  // a batch is shared among the threads, so that one batch keeps every core busy
  const shared = async <T, R>(items: readonly T[], name = "default"): Promise<R[]> => (await Promise.all(slices(items, threads).map((slice) => pool.run(slice, { name }) as Promise<R[]>))).flat();
  return {
    threads,
    analyze: (texts) => shared(texts),
    analyzeImported: (texts) => shared(texts, "import"),
    hashBodies: (bodies) => shared(bodies, "hash"),
    close: () => pool.destroy(),
  };
}

export interface FileAnalysisPool {
  readonly run: (batch: FileBatch) => Promise<BatchResult>;
  close(): Promise<void>;
}

/**
 * `adasa analyze` over files on `threads` worker threads: each reads,
 * analyses and serialises a batch of files (lib/work/file-batch.ts). A
 * worker holds `batchesPerThread` batches, so when it ends one the next is
 * already in its queue: piscina hands over a task only from the main
 * thread's event loop, which is busy while the main thread analyses a
 * batch of its own, and with one batch per worker the worker waited for it.
 */
export function fileAnalysisPool(lexicon: Lexicon, threads: number, batchesPerThread: number): FileAnalysisPool {
  const pool = workers("file-worker.js", lexicon, threads, batchesPerThread);
  return { run: (batch) => pool.run(batch), close: () => pool.destroy() };
}
