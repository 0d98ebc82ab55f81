import os from "node:os";
import { SingleBar } from "cli-progress";
import type { Engine } from "../lib/analysis/engine";
import { analyzeQueued } from "../lib/store/analysis-run";
import { openStore, StoreLockedError, StoreLostError, type Store, type StoreHolder } from "../lib/store";
import { analysisPool } from "./analysis-pool";
import type { Io } from "./output";

/** The store the environment names (DATABASE_URL, else ADASA_DATA), or undefined after saying why not. */
export async function openCliStore(io: Io, holder: string): Promise<Store | undefined> {
  try {
    // the web server (or another long-lived holder) serving the embedded store: go through it, and say so
    const onShared = (held: StoreHolder) => io.stderr(`adasa: using the store held by ${held.holder} (pid ${held.pid}) through its socket\n`);
    return await openStore(holder, process.env, { onShared });
  } catch (error) {
    const message = error instanceof StoreLockedError ? error.message : `cannot open the store: ${(error as Error).message}`;
    io.stderr(`adasa: ${message}\n`);
    return undefined;
  }
}

/** Runs `work` with the store open, and closes it whatever happens. */
export async function withStore(io: Io, holder: string, work: (store: Store) => Promise<number>): Promise<number> {
  const store = await openCliStore(io, holder);
  if (!store) return 1;
  try {
    return await work(store);
  } catch (error) {
    if (!(error instanceof StoreLostError)) throw error;
    io.stderr(`adasa: ${error.message}\n`);
    return 1;
  } finally {
    await store.close().catch(() => undefined); // a lost store has nothing left to close
  }
}

export const workerName = (): string => `${os.hostname()}:${process.pid}`;

export interface AnalyseOptions {
  readonly batch: number;
  readonly leaseSeconds: number;
  readonly threads?: number;
}

/**
 * Analyses every queued article (new ones, or all of them for a new lexicon
 * version) on every core, with a progress bar on a terminal; how many this
 * process analysed.
 */
export async function analyseQueue(io: Io, store: Store, engine: Engine, version: number, options: AnalyseOptions): Promise<number> {
  await store.enqueueMissing(version);
  const pending = await store.pendingJobs(version);
  if (pending === 0) return 0;
  const pool = analysisPool(engine, options.threads);
  const bar = io.stderrIsTTY
    ? new SingleBar({ format: "analysing [{bar}] {value}/{total} articles | {rate}/s | ETA {eta_formatted}", stream: process.stderr, clearOnComplete: true, etaBuffer: 50 })
    : undefined;
  bar?.start(pending, 0, { rate: "0" });
  const started = Date.now();
  let done = 0;
  try {
    const analysed = await analyzeQueued(store, version, pool.analyze, {
      worker: workerName(),
      batchSize: options.batch,
      leaseSeconds: options.leaseSeconds,
      lanes: pool.threads + 1,
      onBatch: (n) => {
        done += n;
        bar?.update(done, { rate: (done / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(0) });
      },
    });
    await store.tidy();
    return analysed;
  } finally {
    bar?.stop();
    await pool.close();
  }
}
