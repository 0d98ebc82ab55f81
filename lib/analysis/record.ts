import type { TextAnalysis } from "./analyze-text";
import { analyzeArticleText } from "./corpus";
import type { Engine } from "./engine";
import { encodeAnalysis, type EncodedAnalysis } from "./match-codec";
import { Tally, type TargetCounts } from "./tally";
import { tallyRows, type TallyRows } from "./tally-rows";

export interface TextRecord {
  readonly contentHash: string;
  readonly words: number;
  /** Its sentences and matches in the store's compact form (made here, in the analysis thread, so only bytes cross to the thread that saves them). */
  readonly encoded: EncodedAnalysis;
  /** Its per-target counts under both readings of side-switching labels (`readings`), as the store's tally rows: what it sums into outlet scores and time series. */
  readonly tallies: TallyRows;
}

/** A text's per-target counts under both voice filters, under both readings of side-switching labels. */
export interface Readings {
  /** Side-switching labels counted toward their resolved camp. */
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

/** An analysis' counts under both readings of side-switching labels. */
export function readings(engine: Engine, analysis: TextAnalysis): Readings {
  return {
    counts: new Tally(engine.lexicon).add(analysis).counts(),
    unresolvedCounts: resolutionMatters(analysis) ? new Tally(engine.lexicon, { voice: "all", resolved: false }).add(analysis).counts() : null,
  };
}

/** One stored text analysed in its era: the analysis, encoded, and its per-target counts under both readings of resolution. */
export function analyzeRecord(engine: Engine, text: DatedText): TextRecord {
  const analysis = analyzeArticleText(engine, text);
  const contentHash = text.contentHash;
  const { counts, unresolvedCounts } = readings(engine, analysis);
  return {
    contentHash,
    words: analysis.words,
    encoded: encodeAnalysis(analysis, text.body),
    // flat here, on the analysis thread: the thread that saves it only concatenates (tally-rows.ts)
    tallies: tallyRows(counts, unresolvedCounts),
  };
}
