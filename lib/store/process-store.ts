import { createEngine, type Engine } from "../analysis/engine";
import { corpusSource, lexiconFingerprint } from "../corpus/store";
import { loadLexicon } from "../lexicon/load";
import { analyzeQueued, inThreadAnalysis } from "./analysis-run";
import { importFileCorpus } from "./file-corpus";
import { openStore, type Store } from "./index";
import { VersionedMemo } from "../work/versioned-memo";

export interface OpenedStore {
  readonly store: Store;
  readonly engine: Engine;
  readonly version: number;
}

/** Queued articles the server analyses before answering its first page (a few seconds at most); more are analysed in the background. */
const ANALYSED_BEFORE_FIRST_PAGE = 500;

const cache = globalThis as unknown as {
  __adasaStore?: Promise<OpenedStore & { lexiconKey: string }>;
  __adasaAnalysing?: Promise<void>;
  __adasaRelexicon?: Promise<OpenedStore>;
};

/**
 * The store of a long-running process (the web server), opened once: the
 * embedded store stays locked for this process while it runs. On opening, the
 * configured file corpus (ADASA_ARTICLES, default ./articles) is imported —
 * unchanged files add nothing — and what is queued is analysed: before the
 * first page when it is little, else in the background (uploads start their
 * own analysis; requests never scan the queue). A failure (the store held by an `adasa import`) is not cached,
 * so the next request tries again.
 */
export async function processStore(holder = "the web server"): Promise<OpenedStore> {
  cache.__adasaStore ??= openProcessStore(holder);
  cache.__adasaStore.catch(() => (cache.__adasaStore = undefined));
  const opened = await cache.__adasaStore;
  return opened.lexiconKey === currentLexiconKey() ? opened : followLexicon(opened);
}

/** What changes when a file of the served lexicon changes (a reviewer's accept, an edit). */
const currentLexiconKey = (): string => lexiconFingerprint(corpusSource().lexiconPath);

async function openProcessStore(holder: string): Promise<OpenedStore & { lexiconKey: string }> {
  const source = corpusSource();
  const lexiconKey = currentLexiconKey();
  const engine = createEngine(loadLexicon(source.lexiconPath).lexicon);
  const store = await openStore(holder, process.env, { serve: true }); // the CLI imports through this process meanwhile
  try {
    const version = await store.lexiconVersion(engine);
    const imported = await importFileCorpus(store, version, source.dirs);
    await store.refreshStatistics(imported.imported > 0);
    const opened = { store, engine, version, lexiconKey };
    await analyseQueued(opened);
    return opened;
  } catch (error) {
    await store.close();
    throw error;
  }
}

/** Queues what this lexicon version has not analysed; a small folder (the bundled corpus) is analysed before the page, a large one in the background, pages showing progress. */
async function analyseQueued(opened: OpenedStore): Promise<void> {
  await opened.store.enqueueMissing(opened.version);
  const little = (await opened.store.pendingJobs(opened.version)) <= ANALYSED_BEFORE_FIRST_PAGE;
  const analysed = analyseInBackground(opened);
  if (little) await analysed;
}

/**
 * The lexicon's files changed while the server runs: pages move to the new lexicon version (a
 * new hash), and the articles are analysed again with it, as the CLI would on its next run.
 * A lexicon that no longer loads keeps the pages on the last good one, and says why in the log.
 */
function followLexicon(opened: OpenedStore & { lexiconKey: string }): Promise<OpenedStore> {
  cache.__adasaRelexicon ??= (async () => {
    const lexiconKey = currentLexiconKey();
    try {
      const engine = createEngine(loadLexicon(corpusSource().lexiconPath).lexicon);
      const next = { store: opened.store, engine, version: await opened.store.lexiconVersion(engine), lexiconKey };
      // queued before pages move to the new version: the queue is not in the data version, and a page
      // remembered meanwhile would say nothing is left to analyse
      await opened.store.enqueueMissing(next.version);
      const running = cache.__adasaAnalysing;
      cache.__adasaStore = Promise.resolve(next);
      // one analysis run at a time: the new version's starts when the old one's ends
      if (running) void running.then(() => analyseQueued(next));
      else await analyseQueued(next);
      return next;
    } catch (error) {
      console.error("adasa: the changed lexicon could not be loaded; pages keep the last good one:", (error as Error).message);
      cache.__adasaStore = Promise.resolve({ ...opened, lexiconKey });
      return opened;
    }
  })().finally(() => (cache.__adasaRelexicon = undefined));
  return cache.__adasaRelexicon;
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
    // each batch saved moves the data version (its analyses' trigger): pages follow it, no signal needed
    const saved = await analyzeQueued(store, version, inThreadAnalysis(engine), { worker: `web:${process.pid}`, batchSize: 20, leaseSeconds: 600, lanes: 1 });
    // new tallies change the tables' sizes: the planner's statistics follow (the sums stay on hash joins)
    if (saved > 0) await store.refreshStatistics(true);
  })()
    .catch((error) => console.error("adasa: background analysis failed:", error))
    .finally(() => (cache.__adasaAnalysing = undefined));
  return cache.__adasaAnalysing;
}

/** Remembered answers at most (a page's sums for one filter each). */
const REMEMBERED_MAX = 500;
const memo = globalThis as unknown as { __adasaMemo?: VersionedMemo<unknown>; __adasaDataVersion?: Promise<string> };

/**
 * The store's data version (migration 009), read once for all the requests asking at the same
 * moment: 20 users make one query, not 20 queued on one embedded database.
 */
function dataVersion(store: Store): Promise<string> {
  memo.__adasaDataVersion ??= store.dataVersion().finally(() => (memo.__adasaDataVersion = undefined));
  return memo.__adasaDataVersion;
}

/**
 * What every page of the store is a function of, besides its address: the lexicon version and the
 * store's data version (migration 009: it moves on with every import, analysis, import problem and
 * outlet edit, in the writer's transaction, whichever process writes). Read before a page is
 * computed, so what is remembered under it is never older than the data it names.
 */
export async function pageVersion({ store, version }: OpenedStore): Promise<string> {
  return `${version}:${await dataVersion(store)}`;
}

/**
 * The answer of a costly read (a page's sums), computed once per page version for every request
 * that asks: 20 users asking for the same page make one query, and no page is older than the data.
 */
export async function remembered<T>(opened: OpenedStore, key: string, compute: () => Promise<T>): Promise<T> {
  const version = await pageVersion(opened);
  memo.__adasaMemo ??= new VersionedMemo<unknown>({ entries: REMEMBERED_MAX });
  return memo.__adasaMemo.get(version, key, compute) as Promise<T>;
}
