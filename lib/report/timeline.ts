import type { ArticleResult } from "../analysis/corpus";
import type { Engine } from "../analysis/engine";
import { Tally, type ScoreOptions, type TargetCounts } from "../analysis/tally";
import { periodOf } from "../store/periods";
import { timelinePoint } from "../store/timeline-point";
import type { Interval, Timeline } from "../store/types";

interface Sums {
  articles: number;
  mentioning: number;
  readonly tally: Tally;
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Framing over time from analysed articles in memory (a file corpus): the
 * same sums the store adds up in SQL, per outlet and period, turned into
 * points by the same `timelinePoint`, so both give the same numbers.
 */
export function timelineOfResults(engine: Engine, results: readonly ArticleResult[], query: { target: string; interval: Interval } & Partial<ScoreOptions>): Timeline {
  const voice = query.voice ?? "all";
  // resolved labels count toward their camp unless asked otherwise, as the store's tallies count them
  const options: ScoreOptions = { voice, resolved: query.resolved ?? true };
  const groups = new Map<string, Map<string, Sums>>();
  for (const { article, analysis } of results) {
    const period = periodOf(query.interval, article.date);
    if (period === null) continue;
    const periods = groups.get(article.outlet) ?? new Map<string, Sums>();
    groups.set(article.outlet, periods);
    let sums = periods.get(period);
    if (!sums) periods.set(period, (sums = { articles: 0, mentioning: 0, tally: new Tally(engine.lexicon, options) }));
    const own = new Tally(engine.lexicon, options).add(analysis).counts().find((c) => c.target === query.target);
    sums.articles += 1;
    if (own && own.mentions[voice] > 0) sums.mentioning += 1;
    sums.tally.add(analysis);
  }
  const series = [...groups.keys()].sort(byCodeUnits).map((outlet) => ({
    outlet,
    points: [...groups.get(outlet)!]
      .sort(([a], [b]) => byCodeUnits(a, b))
      .map(([period, s]) => {
        const counts: TargetCounts | undefined = s.tally.counts().find((c) => c.target === query.target);
        return timelinePoint({ period, articles: s.articles, words: s.tally.words, mentioning: s.mentioning, counts }, voice);
      }),
  }));
  return { target: query.target, interval: query.interval, series };
}
