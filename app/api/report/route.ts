import { resultOf } from "@/lib/analysis/corpus";
import { storeFilterOf } from "@/lib/store";
import { arabicFontBase64 } from "@/lib/io/fonts";
import { htmlToPdfShared, NoChromiumError } from "@/lib/io/pdf";
import { ReportBuilder } from "@/lib/report/framing/model";
import { renderReport, reportText, REPORT_MEDIA_TYPES, ReportFormatSchema, utf8Blocks } from "@/lib/report/framing/render";
import { corpusSource } from "@/lib/corpus/store";
import { rejectionsIn } from "@/lib/discovery/decide";
import { IntervalSchema } from "@/lib/store/timeline-query";
import { parseFilter } from "@/app/filters";
import { jsonError } from "../http";
import { storeOrUnavailable } from "../store-error";

/**
 * Articles a report may cover in a request: the report is built one article at
 * a time in bounded memory (`ReportBuilder`), but its time grows with the
 * selection, so a larger one is refused with a 413 asking to filter it down.
 */
const REPORT_LIMIT = 2_000;

export const dynamic = "force-dynamic";

/** GET ?format=html|md|json|csv|pdf[&interval=day|week|month] plus the home page's filters → the framing report of that comparison, as a download. */
export async function GET(request: Request): Promise<Response> {
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const format = ReportFormatSchema.safeParse(query.format ?? "html");
  if (!format.success) return jsonError(400, `format must be one of ${ReportFormatSchema.options.join(", ")}`);
  const filter = parseFilter(query);
  if (!filter.success) return jsonError(400, "invalid filter", filter.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })));
  const interval = IntervalSchema.default("month").safeParse(query.interval);
  if (!interval.success) return jsonError(400, `interval must be one of ${IntervalSchema.options.join(", ")}`);
  const opened = await storeOrUnavailable();
  if (opened instanceof Response) return opened;
  const { store, engine, version } = opened;
  const selection = storeFilterOf(filter.data);
  const builder = new ReportBuilder(engine, filter.data, {
    title: query.title || "Framing report",
    generated: new Date().toISOString(),
    interval: interval.data,
    rejected: rejectionsIn(corpusSource().lexiconPath),
  });
  for await (const { article, analysis } of store.results(version, selection)) {
    if (builder.size === REPORT_LIMIT) return jsonError(413, `the filters select more than ${REPORT_LIMIT.toLocaleString("en-US")} articles; a report covers at most that many: choose fewer outlets or a shorter date range`);
    builder.add(resultOf(engine, article, analysis, filter.data));
  }
  if (builder.size === 0) return jsonError(422, "the filters leave no article to report on");
  const report = builder.finish();
  const name = `adasa-report.${format.data}`;
  const headers = { "content-type": REPORT_MEDIA_TYPES[format.data], "content-disposition": `attachment; filename="${name}"` };
  const pieces = renderReport(report, format.data, arabicFontBase64());
  if (format.data !== "pdf") return new Response(responseBody(utf8Blocks(pieces)), { headers });
  try {
    return new Response(new Uint8Array(await htmlToPdfShared(await reportText(pieces))), { headers });
  } catch (error) {
    if (error instanceof NoChromiumError) return jsonError(501, error.message);
    throw error;
  }
}

/**
 * The report's blocks as the response's body, rendered as the client reads
 * them (a block per pull: the stream's backpressure) and no further once the
 * client goes away (the renderer, and the store's pass over the article rows,
 * stop there).
 */
function responseBody(blocks: AsyncIterable<Uint8Array>): ReadableStream<Uint8Array> {
  const iterator = blocks[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { value, done } = await iterator.next();
      if (done) controller.close();
      else controller.enqueue(value);
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}
