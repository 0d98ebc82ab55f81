import { createEngine, type Engine } from "../analysis/engine";
import { corpusSource } from "../corpus/store";
import { loadLexicon } from "../lexicon/load";
import { analyzeQueued, inThreadAnalysis } from "./analysis-run";
import { importFileCorpus } from "./file-corpus";
import { openStore, type Store } from "./index";

export interface OpenedStore {
  readonly store: Store;
  readonly engine: Engine;
  readonly version: number;
}

/** Queued articles the server analyses before answering its first page (a few seconds at most); more are analysed in the background. */
const ANALYSED_BEFORE_FIRST_PAGE = 500;

const cache = globalThis as unknown as { __adasaStore?: Promise<OpenedStore>; __adasaAnalysing?: Promise<void> };

/**
 * The store of a long-running process (the web server), opened once: the
 * embedded store stays locked for this process while it runs. On opening, the
 * configured file corpus (ADASA_ARTICLES, default ./articles) is imported —
 * unchanged files add nothing — and what is queued is analysed: before the
 * first page when it is little, else in the background (uploads start their
 * own analysis; requests never scan the queue). A failure (the store held by an `adasa import`) is not cached,
 * so the next request tries again.
 */
export function processStore(holder = "the web server"): Promise<OpenedStore> {
  cache.__adasaStore ??= (async () => {
    const source = corpusSource();
    const engine = createEngine(loadLexicon(source.lexiconPath).lexicon);
    const store = await openStore(holder);
    try {
      const version = await store.lexiconVersion(engine);
      const imported = await importFileCorpus(store, version, source.dirs);
      await store.refreshStatistics(imported.imported > 0);
      const opened = { store, engine, version };
      // a small folder (the bundled corpus) is analysed before the first page; a large one in the background, pages showing progress
      await store.enqueueMissing(version);
      const little = (await store.pendingJobs(version)) <= ANALYSED_BEFORE_FIRST_PAGE;
      const analysed = analyseInBackground(opened);
      if (little) await analysed;
      return opened;
    } catch (error) {
      await store.close();
      throw error;
    }
  })();
  cache.__adasaStore.catch(() => (cache.__adasaStore = undefined));
  return cache.__adasaStore;
}

/**
 * Analyses queued articles (new uploads, or everything after a lexicon
 * change) without holding up requests: small batches, one at a time, in this
 * thread. Pages show the progress (analysed of all).
 */
export function analyseInBackground({ store, engine, version }: OpenedStore): Promise<void> {
  if (cache.__adasaAnalysing) return cache.__adasaAnalysing;
  cache.__adasaAnalysing = (async () => {
    await store.enqueueMissing(version);
    const saved = await analyzeQueued(store, version, inThreadAnalysis(engine), { worker: `web:${process.pid}`, batchSize: 20, leaseSeconds: 600, lanes: 1 });
    // new tallies change the tables' sizes: the planner's statistics follow (the sums stay on hash joins)
    if (saved > 0) await store.refreshStatistics(true);
  })()
    .catch((error) => console.error("adasa: background analysis failed:", error))
    .finally(() => (cache.__adasaAnalysing = undefined));
  return cache.__adasaAnalysing;
}
