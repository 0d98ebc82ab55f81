import { getCorpus } from "@/lib/corpus/store";
import { compareArticles } from "@/lib/report/compare";
import { CompareBodySchema, pastedArticle, readBody } from "../http";

export const dynamic = "force-dynamic";

/** POST { texts: [{ text, outlet? }, …] } (2 or more) → reader views and the diff or collation. Nothing is stored. */
export async function POST(request: Request): Promise<Response> {
  const read = await readBody(request, CompareBodySchema);
  if ("error" in read) return read.error;
  const corpus = getCorpus();
  return Response.json(compareArticles(corpus.engine, read.body.texts.map((t, i) => ({ article: pastedArticle(t, i) })), corpus.termOutlets));
}
