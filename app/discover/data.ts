import { z } from "zod";
import { corpusSource } from "@/lib/corpus/store";
import { discoverForTarget, discoveryTexts, type Discovery } from "@/lib/discovery";
import { rejectionsIn } from "@/lib/discovery/decide";
import { slug } from "@/lib/lexicon/schema";
import type { OpenedStore } from "@/lib/store/process-store";

/** What `GET /api/discover` and the page take: the target, and how many candidates per outlet. */
export const DiscoverQuerySchema = z.object({
  target: slug,
  top: z.coerce.number().int().min(1).max(100).default(15),
  min: z.coerce.number().int().min(1).max(1000).default(2),
});
export type DiscoverQuery = z.infer<typeof DiscoverQuerySchema>;

/**
 * Articles of each outlet that discovery reads: the latest ones, a bounded sample, so its time
 * and memory do not grow with the corpus (40 outlets: 2,000 articles, about 10 MB of text).
 */
export const DISCOVERY_PER_OUTLET = 50;

/** The candidates of the store's sample for one target, rejections left out; throws a ValidationError for a broken review file. */
export async function storeDiscovery(query: DiscoverQuery, { store, engine, version }: OpenedStore): Promise<{ discovery: Discovery; bodies: ReadonlyMap<string, string> }> {
  const rejected = rejectionsIn(corpusSource().lexiconPath)(query.target);
  const sample = await store.sample(version, DISCOVERY_PER_OUTLET);
  const discovery = discoverForTarget(engine.lexicon.lexicon, discoveryTexts(sample), { target: query.target, top: query.top, minCount: query.min, rejected });
  return { discovery, bodies: new Map(sample.map((r) => [r.article.id, r.article.body])) };
}
