import { pastedContext } from "../pasted-context";
import { diffWithinLimits } from "@/lib/work/align";
import { DiffBodySchema, pastedArticle, readBody, refusalResponse } from "../http";

export const dynamic = "force-dynamic";

/** POST { a: { text, … }, b: { text, … } } → the same JSON as `adasa diff --format json`, aligned in the worker pool. */
export async function POST(request: Request): Promise<Response> {
  const read = await readBody(request, DiffBodySchema);
  if ("error" in read) return read.error;
  const done = await diffWithinLimits(pastedContext(), pastedArticle(read.body.a, 0), pastedArticle(read.body.b, 1));
  return "refused" in done ? refusalResponse(done.refused) : Response.json(done.result);
}
