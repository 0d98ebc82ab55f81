import type { ArticleResult } from "../analysis/corpus";
import type { Lexicon } from "../lexicon/schema";
import { lexiconSummary } from "../lexicon/version";
import type { DiscoveryText } from "./mine";
import { nameEngine } from "./mine";
import { discoverCandidates, type DiscoveryOptions } from "./rank";

/** Analysed articles as discovery reads them. */
export const discoveryTexts = (results: readonly Pick<ArticleResult, "article" | "analysis">[]): DiscoveryText[] =>
  results.map((r) => ({ id: r.article.id, outlet: r.article.outlet, body: r.article.body, words: r.analysis.words, matches: r.analysis.matches }));

/**
 * Discovery over analysed texts for one target, with the lexicon it ran with:
 * the shape of `adasa discover --format json`, `GET /api/discover` and the
 * page's data (one function serves all three).
 */
export function discoverForTarget(lexicon: Lexicon, texts: readonly DiscoveryText[], options: Omit<DiscoveryOptions, "names">) {
  return { target: options.target, lexicon: lexiconSummary(lexicon), outlets: discoverCandidates(texts, { ...options, names: nameEngine(lexicon, options.target) }) };
}
export type Discovery = ReturnType<typeof discoverForTarget>;
