import { resultOf } from "@/lib/analysis/corpus";
import { scoreOutletCounts } from "@/lib/analysis/outlets";
import { analysisWriter } from "@/lib/report/analysis-stream";
import { problemOfImport, storeFilterOf } from "@/lib/store";
import { parseFilter } from "@/app/filters";
import { jsonError } from "../http";
import { storeOrUnavailable } from "../store-error";

export const dynamic = "force-dynamic";

/** Import problems listed at the end of the document (the corpus page lists them all). */
const PROBLEMS = 200;

/**
 * GET the stored corpus as `adasa analyze --format json`, filtered by the
 * query. The document is streamed article by article as pages come from the
 * store (the outlet table is summed in SQL), so 100,000 articles go through
 * in the memory of one page.
 */
export async function GET(request: Request): Promise<Response> {
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const filter = parseFilter(query);
  if (!filter.success) return jsonError(400, "invalid filter", filter.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })));
  const opened = await storeOrUnavailable();
  if (opened instanceof Response) return opened;
  const { store, engine, version } = opened;
  const options = { voice: filter.data.voice, resolved: filter.data.resolved };
  const selection = storeFilterOf(filter.data);
  const encoder = new TextEncoder();
  const results = store.results(version, selection)[Symbol.asyncIterator]();
  let writer: ReturnType<typeof analysisWriter> | undefined;
  const body = new ReadableStream<Uint8Array>({
    // one store page per pull: the client's reading paces the queries
    async pull(controller) {
      const write = (text: string) => controller.enqueue(encoder.encode(text));
      writer ??= analysisWriter("json", write, { lexicon: engine.lexicon, options });
      for (let i = 0; i < 200; i++) {
        const next = await results.next();
        if (next.done) {
          writer.end(scoreOutletCounts(engine, await store.outletCounts(version, selection), options), (await store.problems(PROBLEMS)).map(problemOfImport));
          controller.close();
          return;
        }
        writer.article(resultOf(engine, next.value.article, next.value.analysis, options));
      }
    },
    async cancel() {
      await results.return?.(undefined);
    },
  });
  return new Response(body, { headers: { "content-type": "application/json; charset=utf-8" } });
}
