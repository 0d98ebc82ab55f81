import { OutletTallies, type ArticleResult, type OutletScore } from "./corpus";
import type { Engine } from "./engine";
import type { ScoreOptions } from "./tally";

/** Per-outlet scores of already analysed articles (the web UI re-scores cached analyses per filter). */
export function scoreOutlets(engine: Engine, results: readonly ArticleResult[], options: ScoreOptions): OutletScore[] {
  const tallies = new OutletTallies(engine, options);
  for (const { article, analysis } of results) tallies.add(article.outlet, article.outlet_en, analysis);
  return tallies.scores();
}
