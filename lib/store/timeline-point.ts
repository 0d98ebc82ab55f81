import { scoreTarget, type TargetCounts, type VoiceFilter } from "../analysis/tally";
import type { TimelinePoint } from "./types";

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

/** The sums of one series' period: what SQL (the store) or a walk over analysed articles (a file corpus) adds up. */
export interface PeriodSums {
  readonly period: string;
  readonly articles: number;
  readonly words: number;
  /** Articles that mention the target at least once (under the voice filter). */
  readonly mentioning: number;
  /** The target's summed counts over the period's articles (none when no article mentions it). */
  readonly counts: TargetCounts | undefined;
}

/** One point of a time series from its sums: the one computation behind `adasa timeline`, /api/timeline and the report. */
export function timelinePoint(s: PeriodSums, voice: VoiceFilter): TimelinePoint {
  const score = s.counts ? scoreTarget(s.counts, s.words, voice) : undefined;
  const mentions = score?.mentions ?? 0;
  return {
    period: s.period,
    articles: s.articles,
    words: s.words,
    mentions,
    density: s.words > 0 ? round((mentions * 1000) / s.words, 2) : 0,
    mentioning: s.mentioning,
    share: round(s.mentioning / s.articles, 4),
    naming: score?.naming ?? [],
  };
}
