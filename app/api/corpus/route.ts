import { filterArticles } from "@/lib/analysis/filter";
import { scoreOutlets } from "@/lib/analysis/outlets";
import { getCorpus } from "@/lib/corpus/store";
import { analysisJson } from "@/lib/report/analysis-json";
import { parseFilter } from "@/app/filters";
import { jsonError } from "../http";

export const dynamic = "force-dynamic";

/** GET the bundled (or ADASA_ARTICLES) corpus as `adasa analyze --format json`, filtered by the query. */
export function GET(request: Request): Response {
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const filter = parseFilter(query);
  if (!filter.success) return jsonError(400, "invalid filter", filter.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })));
  const corpus = getCorpus();
  const results = filterArticles(corpus.results, filter.data);
  const options = { voice: filter.data.voice, resolved: filter.data.resolved };
  return Response.json(
    analysisJson({ lexicon: corpus.engine.lexicon.lexicon, options, articles: results, outlets: scoreOutlets(corpus.engine, results, options), problems: [...corpus.problems] }),
  );
}
