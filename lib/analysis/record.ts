import { analyzeText, type TextAnalysis } from "./analyze-text";
import type { Engine } from "./engine";
import { Tally, type TargetCounts } from "./tally";

export interface TextRecord {
  readonly contentHash: string;
  readonly analysis: TextAnalysis;
  /** Per-target counts under both voice filters: what the store sums into outlet scores and time series. */
  readonly counts: readonly TargetCounts[];
}

/** One stored text analysed: the analysis and its per-target counts. */
export function analyzeRecord(engine: Engine, contentHash: string, body: string): TextRecord {
  const analysis = analyzeText(engine, body);
  return { contentHash, analysis, counts: new Tally(engine.lexicon).add(analysis).counts() };
}
