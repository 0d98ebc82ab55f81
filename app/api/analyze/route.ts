import { analyzeArticle } from "@/lib/analysis/corpus";
import { scoreOutlets } from "@/lib/analysis/outlets";
import { currentEngine } from "@/lib/corpus/store";
import { analysisJson } from "@/lib/report/analysis-json";
import { analyzeBodySchema, pastedArticle, readBody } from "../http";

export const dynamic = "force-dynamic";

/** POST { text, outlet? } or { texts: [...] } → the same JSON as `adasa analyze --format json`. */
export async function POST(request: Request): Promise<Response> {
  const read = await readBody(request, analyzeBodySchema);
  if ("error" in read) return read.error;
  const engine = currentEngine();
  const options = { voice: read.body.voice };
  const results = read.body.texts.map((t, i) => analyzeArticle(engine, pastedArticle(t, i), options));
  return Response.json(analysisJson({ lexicon: engine.lexicon.lexicon, options, articles: results, outlets: scoreOutlets(engine, results, options), problems: [] }));
}
