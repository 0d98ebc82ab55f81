import { pastedContext } from "../pasted-context";
import { compareWithinLimits } from "@/lib/work/align";
import { CompareBodySchema, pastedArticle, readBody, refusalResponse } from "../http";

export const dynamic = "force-dynamic";

/** POST { texts: [{ text, outlet? }, …] } (2 or more) → reader views and the diff or collation, made in the worker pool. Nothing is stored. */
export async function POST(request: Request): Promise<Response> {
  const read = await readBody(request, CompareBodySchema);
  if ("error" in read) return read.error;
  const done = await compareWithinLimits(pastedContext(), read.body.texts.map((t, i) => pastedArticle(t, i)));
  return "refused" in done ? refusalResponse(done.refused) : Response.json(done.result);
}
