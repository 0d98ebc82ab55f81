import { createEngine } from "./engine";
import { analyzeRecord, type DatedText, type TextRecord } from "./record";
import { contentHash, fingerprint, type Fingerprint } from "../import/fingerprint";
import type { Lexicon } from "../lexicon/schema";

// for the thread's entry (bin/analysis-worker.js), which loads this module's bundle only
export { cachePhraseTables } from "../io/phrase-cache";

/**
 * The task of an analysis worker thread (bin/analysis-worker.js): the engine
 * is compiled once per thread from the lexicon the main thread hands over, so
 * every thread analyses with exactly the lexicon version being stored.
 */
export function analysisTask(lexicon: Lexicon): (texts: readonly DatedText[]) => TextRecord[] {
  const engine = createEngine(lexicon);
  return (texts) => texts.map((t) => analyzeRecord(engine, t));
}

/** A new article's analysis and its MinHash fingerprint: what an import needs of the threads for one text. */
export interface ImportedText {
  readonly record: TextRecord;
  readonly print: Fingerprint;
}

/**
 * The import's task: each text analysed (by the thread's one `analyse`, so its engine is compiled
 * once) and fingerprinted in one trip to the thread, so a batch's bodies are cloned to the threads
 * once, not once for the analysis and again for MinHash.
 */
export function importTask(analyse: (texts: readonly DatedText[]) => TextRecord[]): (texts: readonly DatedText[]) => ImportedText[] {
  return (texts) => {
    const records = analyse(texts);
    return texts.map((t, i) => ({ record: records[i]!, print: fingerprint(t.body) }));
  };
}

/** The import's first trip: the content hashes of a batch's bodies, to drop what the store holds before anything is analysed. */
export const hashTask = (bodies: readonly string[]): string[] => bodies.map(contentHash);
