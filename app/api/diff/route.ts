import { diffTexts } from "@/lib/align";
import { analyzeText } from "@/lib/analysis/analyze-text";
import { getCorpus } from "@/lib/corpus/store";
import { diffJson } from "@/lib/report/diff-json";
import { DiffBodySchema, pastedArticle, readBody } from "../http";

export const dynamic = "force-dynamic";

/** POST { a: { text, … }, b: { text, … } } → the same JSON as `adasa diff --format json`. */
export async function POST(request: Request): Promise<Response> {
  const read = await readBody(request, DiffBodySchema);
  if ("error" in read) return read.error;
  const { engine } = getCorpus();
  const [a, b] = [read.body.a, read.body.b].map((t, i) => pastedArticle(t, i));
  const side = (x: typeof a) => ({ text: x!.body, analysis: analyzeText(engine, x!.body) });
  return Response.json(diffJson(a!, b!, diffTexts(side(a), side(b))));
}
