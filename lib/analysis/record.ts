import type { TextAnalysis } from "./analyze-text";
import { analyzeArticleText } from "./corpus";
import type { Engine } from "./engine";
import { encodeAnalysis, type EncodedAnalysis } from "./match-codec";
import { Tally, type TargetCounts } from "./tally";

export interface TextRecord {
  readonly contentHash: string;
  readonly words: number;
  /** Its sentences and matches in the store's compact form (made here, in the analysis thread, so only bytes cross to the thread that saves them). */
  readonly encoded: EncodedAnalysis;
  /** Per-target counts under both voice filters, side-switching labels counted toward their resolved camp: what the store sums into outlet scores and time series. */
  readonly counts: readonly TargetCounts[];
  /** The same counts with side-switching labels left with their generic target; null when no label was resolved to another target (the counts are `counts`). */
  readonly unresolvedCounts: readonly TargetCounts[] | null;
}

/** Whether reading side-switching labels as resolved or not changes any match's target. */
const resolutionMatters = (analysis: TextAnalysis): boolean => analysis.matches.some((m) => m.resolved?.target !== undefined && m.resolved.target !== m.target);

/** A stored article's text, with the date that sets its era (which actor a side-switching name meant then). */
export interface DatedText {
  readonly contentHash: string;
  readonly body: string;
  readonly date: string | null;
}

/** One stored text analysed in its era: the analysis, encoded, and its per-target counts under both readings of resolution. */
export function analyzeRecord(engine: Engine, text: DatedText): TextRecord {
  const analysis = analyzeArticleText(engine, text);
  const contentHash = text.contentHash;
  return {
    contentHash,
    words: analysis.words,
    encoded: encodeAnalysis(analysis, text.body),
    counts: new Tally(engine.lexicon).add(analysis).counts(),
    unresolvedCounts: resolutionMatters(analysis) ? new Tally(engine.lexicon, { voice: "all", resolved: false }).add(analysis).counts() : null,
  };
}
