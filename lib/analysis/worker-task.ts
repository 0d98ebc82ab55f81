import { createEngine } from "./engine";
import { analyzeRecord, type DatedText, type TextRecord } from "./record";
import type { Lexicon } from "../lexicon/schema";

/**
 * The task of an analysis worker thread (bin/analysis-worker.js): the engine
 * is compiled once per thread from the lexicon the main thread hands over, so
 * every thread analyses with exactly the lexicon version being stored.
 */
export function analysisTask(lexicon: Lexicon): (texts: readonly DatedText[]) => TextRecord[] {
  const engine = createEngine(lexicon);
  return (texts) => texts.map((t) => analyzeRecord(engine, t));
}
