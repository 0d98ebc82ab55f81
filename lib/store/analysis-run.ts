import type { Engine } from "../analysis/engine";
import { analyzeRecord, type DatedText } from "../analysis/record";
import type { Store } from "./index";
import type { AnalysisRecord } from "./types";

/** Analyses texts, each in its era, somewhere (worker threads, or this thread): the store does not care where. */
export type AnalyzeTexts = (texts: readonly DatedText[]) => Promise<AnalysisRecord[]>;

export interface RunOptions {
  /** Names this process in the job leases. */
  readonly worker: string;
  readonly batchSize: number;
  /** A batch not saved within this time is leased again to another worker. */
  readonly leaseSeconds: number;
  /** Batches in flight at once: one per analysis thread keeps every core busy. */
  readonly lanes: number;
  readonly onBatch?: (saved: number) => void;
}

/**
 * Analyses queued articles until the queue is empty: each lane leases a
 * batch, analyses it and saves it with its job closed in one transaction, so
 * a process killed mid-batch loses only its lease. Returns how many analyses
 * this process saved.
 */
export async function analyzeQueued(store: Store, version: number, analyze: AnalyzeTexts, options: RunOptions): Promise<number> {
  let saved = 0;
  const lane = async () => {
    for (;;) {
      const jobs = await store.claimJobs(version, options.worker, options.batchSize, options.leaseSeconds);
      if (jobs.length === 0) return;
      const n = await store.saveAnalyses(version, await analyze(jobs));
      saved += n;
      options.onBatch?.(jobs.length);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.lanes) }, lane));
  return saved;
}

/** Analysis on this thread (the web server, tests): the same records the worker threads return. */
export const inThreadAnalysis =
  (engine: Engine): AnalyzeTexts =>
  async (texts) =>
    texts.map((t) => analyzeRecord(engine, t));
