import type { ArticleResult } from "../analysis/corpus";
import type { Engine } from "../analysis/engine";
import { Tally, type ScoreOptions, type TargetCounts } from "../analysis/tally";
import { periodOf } from "../store/periods";
import { timelinePoint } from "../store/timeline-point";
import type { Interval, Timeline } from "../store/types";

interface Sums {
  articles: number;
  /** Articles of the period that mention each target (in the voice counted). */
  readonly mentioning: Map<string, number>;
  readonly tally: Tally;
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Framing over time from analysed articles in memory (a file corpus): the
 * same sums the store adds up in SQL, per outlet and period, turned into
 * points by the same `timelinePoint`, so both give the same numbers. Articles
 * are added one at a time and only the sums are kept (a report streams a store
 * through it); any target's series can then be read.
 */
export class TimelineSums {
  private readonly groups = new Map<string, Map<string, Sums>>();
  private readonly options: ScoreOptions;

  constructor(
    private readonly engine: Engine,
    private readonly interval: Interval,
    score: Partial<ScoreOptions> = {},
  ) {
    // resolved labels count toward their camp unless asked otherwise, as the store's tallies count them
    this.options = { voice: score.voice ?? "all", resolved: score.resolved ?? true };
  }

  add({ article, analysis }: Pick<ArticleResult, "article" | "analysis">): void {
    const period = periodOf(this.interval, article.date);
    if (period === null) return;
    const periods = this.groups.get(article.outlet) ?? new Map<string, Sums>();
    this.groups.set(article.outlet, periods);
    let sums = periods.get(period);
    if (!sums) periods.set(period, (sums = { articles: 0, mentioning: new Map(), tally: new Tally(this.engine.lexicon, this.options) }));
    sums.articles += 1;
    for (const own of new Tally(this.engine.lexicon, this.options).add(analysis).counts()) {
      if (own.mentions[this.options.voice] > 0) sums.mentioning.set(own.target, (sums.mentioning.get(own.target) ?? 0) + 1);
    }
    sums.tally.add(analysis);
  }

  timeline(target: string): Timeline {
    const series = [...this.groups.keys()].sort(byCodeUnits).map((outlet) => ({
      outlet,
      points: [...this.groups.get(outlet)!]
        .sort(([a], [b]) => byCodeUnits(a, b))
        .map(([period, s]) => {
          const counts: TargetCounts | undefined = s.tally.counts().find((c) => c.target === target);
          return timelinePoint({ period, articles: s.articles, words: s.tally.words, mentioning: s.mentioning.get(target) ?? 0, counts }, this.options.voice);
        }),
    }));
    return { target, interval: this.interval, series };
  }
}

/** One target's framing over time from analysed articles in memory (`TimelineSums`). */
export function timelineOfResults(engine: Engine, results: readonly ArticleResult[], query: { target: string; interval: Interval } & Partial<ScoreOptions>): Timeline {
  const sums = new TimelineSums(engine, query.interval, query);
  for (const r of results) sums.add(r);
  return sums.timeline(query.target);
}
