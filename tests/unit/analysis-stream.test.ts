import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import fc from "fast-check";
import { analyzeArticle, OutletTallies, type ArticleResult } from "../../lib/analysis/corpus";
import { analysisJson } from "../../lib/report/analysis-json";
import { analysisWriter, articleText, PRINTS_TARGET_SCORES, type AnalysisFormat } from "../../lib/report/analysis-stream";
import { csvRecord, MATCH_CSV_COLUMNS } from "../../lib/report/csv";
import { bundledEngine, seed } from "../helpers";

const engine = bundledEngine();
const options = { voice: "all" as const };
const results: ArticleResult[] = ["000", "001", "002", "003", "004"].map((id) => analyzeArticle(engine, seed(id), options));
const problems = [{ path: "articles/broken.md", reason: "broken front matter: bad indentation" }];

function streamed(format: AnalysisFormat, articles: readonly ArticleResult[]): { text: string; writes: number } {
  const chunks: string[] = [];
  const writer = analysisWriter(format, (t) => chunks.push(t), { lexicon: engine.lexicon, options });
  const outlets = new OutletTallies(engine, options);
  for (const r of articles) {
    writer.article(r);
    outlets.add(r.article.outlet, r.article.outlet_en, r.analysis);
  }
  writer.end(outlets.scores(), problems);
  return { text: chunks.join(""), writes: chunks.length };
}

describe("streamed analysis output", () => {
  it("JSON written article by article is the same text as the whole analysis pretty-printed", () => {
    const outlets = new OutletTallies(engine, options);
    for (const r of results) outlets.add(r.article.outlet, r.article.outlet_en, r.analysis);
    const whole = analysisJson({ lexicon: engine.lexicon.lexicon, options, articles: results, outlets: outlets.scores(), problems });
    const { text, writes } = streamed("json", results);
    expect(text).toBe(`${JSON.stringify(whole, null, 2)}\n`);
    expect(writes).toBe(results.length + 1);
  });

  it("JSON with no article is still the same shape", () => {
    const whole = analysisJson({ lexicon: engine.lexicon.lexicon, options, articles: [], outlets: [], problems });
    expect(streamed("json", []).text).toBe(`${JSON.stringify(whole, null, 2)}\n`);
  });

  it("CSV has one header and one row per match, article after article", () => {
    const rows = parse(streamed("csv", results).text, { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual([...MATCH_CSV_COLUMNS]);
    expect(rows).toHaveLength(results.reduce((n, r) => n + r.analysis.matches.length, 0));
    const first = results[0]!.analysis.matches[0]!;
    expect(rows[0]).toMatchObject({ article: "000-middle-east-online", term: first.term, text: first.text, start: String(first.start), voice: first.voice });
    expect(rows.at(-1)!.article).toBe("004-aljazeera");
  });

  it("the table has one line per article, then the outlets", () => {
    const lines = streamed("table", results).text.split("\n");
    expect(lines.slice(0, 5).map((l) => l.split("  ")[0])).toEqual(results.map((r) => r.article.id));
    expect(lines[5]).toBe("");
    expect(lines[6]).toMatch(/^الجزيرة نت \(Al Jazeera\): 1 article\(s\), \d+ words$/);
  });
});

describe("csvRecord", () => {
  const reference = (cells: readonly (string | number | boolean | null)[]) => stringify([cells], { cast: { boolean: (value) => String(value) } });

  it("quotes as csv-stringify does, on the seeds' matches and sentences", () => {
    for (const r of results) {
      for (const m of r.analysis.matches) {
        const cells = [r.article.id, r.article.outlet, m.term, m.text, m.start, m.scare_quoted, m.cue, r.article.body.slice(m.start - 40, m.end + 40)];
        expect(csvRecord(cells)).toBe(reference(cells));
      }
    }
  });

  it("quotes as csv-stringify does, on random text with commas, quotes and line breaks", () => {
    const cell = fc.oneof(
      fc.string({ unit: fc.constantFrom("ا", "ب", "،", ",", '"', "\n", "\r", " ", "x", "“") }),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
    );
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 6 }), (cells) => csvRecord(cells) === reference(cells)),
      { seed: 20261129, numRuns: 500 },
    );
  });
});

describe("PRINTS_TARGET_SCORES", () => {
  it("is false only for formats whose article text does not change without the scores", () => {
    for (const format of ["json", "csv", "table"] as const) {
      for (const r of results) {
        expect(r.targets.length).toBeGreaterThan(0);
        const same = articleText(format, { ...r, targets: [] }) === articleText(format, r);
        expect(same).toBe(!PRINTS_TARGET_SCORES[format]);
      }
    }
  });
});
