import { z } from "zod";
import { getCorpus, type CorpusSnapshot } from "@/lib/corpus/store";
import { discoverForTarget, discoveryTexts, type Discovery } from "@/lib/discovery";
import { rejectionsIn } from "@/lib/discovery/decide";
import { slug } from "@/lib/lexicon/schema";

/** What `GET /api/discover` and the page take: the target, and how many candidates per outlet. */
export const DiscoverQuerySchema = z.object({
  target: slug,
  top: z.coerce.number().int().min(1).max(100).default(15),
  min: z.coerce.number().int().min(1).max(1000).default(2),
});
export type DiscoverQuery = z.infer<typeof DiscoverQuerySchema>;

/** The candidates of the served corpus for one target, rejections left out; throws a ValidationError for a broken review file. */
export function corpusDiscovery(query: DiscoverQuery, corpus: CorpusSnapshot = getCorpus()): { discovery: Discovery; bodies: ReadonlyMap<string, string> } {
  const rejected = rejectionsIn(corpus.lexiconPath)(query.target);
  const discovery = discoverForTarget(corpus.engine.lexicon.lexicon, discoveryTexts(corpus.results), { target: query.target, top: query.top, minCount: query.min, rejected });
  return { discovery, bodies: new Map(corpus.results.map((r) => [r.article.id, r.article.body])) };
}
