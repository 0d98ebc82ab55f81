import { OutletTallies, type ArticleResult, type OutletScore } from "./corpus";
import type { Engine } from "./engine";
import { scoreTargets, type ScoreOptions, type TargetCounts } from "./tally";

/** Per-outlet scores of already analysed articles (the web UI re-scores cached analyses per filter). */
export function scoreOutlets(engine: Engine, results: readonly ArticleResult[], options: ScoreOptions): OutletScore[] {
  const tallies = new OutletTallies(engine, options);
  for (const { article, analysis } of results) tallies.add(article.outlet, article.outlet_en, analysis);
  return tallies.scores();
}

/** Per-outlet scores from counts summed elsewhere (the store sums them in SQL). */
export function scoreOutletCounts(
  engine: Engine,
  outlets: readonly { outlet: string; outlet_en: string | null; articles: number; words: number; targets: readonly TargetCounts[] }[],
  options: ScoreOptions,
): OutletScore[] {
  return outlets.map(({ outlet, outlet_en, articles, words, targets }) => ({ outlet, outlet_en, articles, words, targets: scoreTargets(engine.lexicon, targets, words, options.voice) }));
}
