import fs from "node:fs";
import fc from "fast-check";
import { analyzeArticle } from "../../lib/analysis/corpus";
import { CorpusFilterSchema } from "../../lib/analysis/filter";
import { jsonPieces } from "../../lib/report/framing/json";
import { buildReport, type FramingReport, type ReportArticle } from "../../lib/report/framing/model";
import { renderReport, reportText, utf8Blocks, type ReportFormat } from "../../lib/report/framing/render";
import { ARTICLES, bundledEngine, seed } from "../helpers";

/** The renderers write the report in pieces: the same text as the whole string they used to return, whether the article rows are held or read again. */
const engine = bundledEngine();
const results = fs.readdirSync(ARTICLES).filter((f) => f.endsWith(".md")).map((f) => analyzeArticle(engine, seed(f)));
const report = buildReport(engine, results, CorpusFilterSchema.parse({}), { generated: "2026-01-01T00:00:00Z", interval: "week" });
const FORMATS: readonly ReportFormat[] = ["json", "csv", "md", "html"];
/** The rows a report built from articles at hand holds. */
const held = (r: FramingReport): readonly ReportArticle[] => {
  if (!Array.isArray(r.articles)) throw new Error("the report does not hold its rows");
  return r.articles;
};

/** The rows as the store gives them: a new pass each time the list is iterated, one row at a time. */
const readAgain = (rows: readonly ReportArticle[]): AsyncIterable<ReportArticle> => ({
  async *[Symbol.asyncIterator]() {
    for (const row of rows) yield { ...row };
  },
});

describe("reports written in pieces", () => {
  it("write the JSON of JSON.stringify, byte for byte", async () => {
    expect(held(report).length).toBe(results.length);
    expect(report.time?.timelines.length).toBeGreaterThan(0);
    expect(await reportText(renderReport(report, "json"))).toBe(`${JSON.stringify(report, null, 2)}\n`);
  });

  it.each(FORMATS)("write the same %s when the article rows are read again as it is written", async (format) => {
    const streamed: FramingReport = { ...report, articles: readAgain(held(report)) };
    const text = await reportText(renderReport(report, format));
    if (format !== "csv") expect(text).toContain(`${results[4]!.article.id}`); // the CSV has no list of articles
    expect(await reportText(renderReport(streamed, format))).toBe(text);
    // a second writing of the same report reads the rows again, and the blocks of bytes are the text
    const blocks: Uint8Array[] = [];
    for await (const block of utf8Blocks(renderReport(streamed, format), 1024)) blocks.push(block);
    expect(blocks.length).toBeGreaterThan(format === "csv" ? 0 : 1); // the CSV's rows go a thousand to a piece
    expect(Buffer.concat(blocks).toString("utf8")).toBe(text);
  });

  it("write any JSON value as JSON.stringify(value, null, 2) writes it", async () => {
    const text = async (value: unknown) => {
      const pieces: string[] = [];
      for await (const piece of jsonPieces(value)) pieces.push(piece);
      return pieces.join("");
    };
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 9 }), async (value) => {
        expect(await text(value)).toBe(JSON.stringify(value, null, 2));
      }),
    );
    // what JSON.stringify leaves out of objects and writes as null in arrays
    const odd = { a: undefined, b: [undefined, () => 1, "قال"], c: {}, d: [], e: { f: { g: { h: { i: { j: { k: [1, { l: "حفتر\n" }] } } } } } } };
    expect(await text(odd)).toBe(JSON.stringify(odd, null, 2));
  });
});
