import { analyzeArticle } from "../../lib/analysis/corpus";
import { CorpusFilterSchema } from "../../lib/analysis/filter";
import { parseArticle } from "../../lib/corpus/parse";
import { ReportBuilder } from "../../lib/report/framing/model";
import { passages } from "../../lib/report/passages";
import { bundledEngine } from "../helpers";

/** The report built one article at a time keeps what the report shows: the first passages per term and outlet, and whole articles only up to the story limit. */
const engine = bundledEngine();
const article = (id: string, outlet: string, date: string, body: string) =>
  analyzeArticle(engine, parseArticle(`---\nid: "${id}"\noutlet: "${outlet}"\ntitle: "${id}"\ndate: "${date}"\n---\n${body}\n`, `${id}.md`));
const results = [
  article("w1", "الغرب", "2020-04-01", "هاجمت ميليشيات حفتر أحياء العاصمة ليلا. وقال المتحدث إن \"ميليشيات حفتر قصفت المدارس\"."),
  article("e1", "الشرق", "2020-04-02", "تقدم الجيش الوطني الليبي نحو المطار. وأكدت القيادة أن الجيش الوطني الليبي يحكم السيطرة."),
  article("w2", "الغرب", "2020-05-03", "انسحبت ميليشيات حفتر من المطار، ثم عادت ميليشيات حفتر جنوبا."),
];

function build(filter: object, options: { kwicPerOutlet?: number; maxStoryArticles?: number }) {
  const f = CorpusFilterSchema.parse(filter);
  const builder = new ReportBuilder(engine, f, { generated: "2026-01-01T00:00:00Z", ...options });
  for (const r of results) builder.add(r);
  return { filter: f, builder, report: builder.finish() };
}

describe("ReportBuilder", () => {
  it.each([
    ["all", 1],
    ["all", 3],
    ["own", 2],
  ] as const)("keeps the passages passages() finds, voice %s, %i per outlet", (voice, limit) => {
    const { report } = build({ voice }, { kwicPerOutlet: limit });
    expect(report.kwic.length).toBeGreaterThan(0);
    for (const k of report.kwic) expect(k.lines).toEqual(passages(results, { outlet: k.outlet, term: k.term, voice }, limit));
    const shown = new Set(report.kwic.map((k) => `${k.term}|${k.outlet}`));
    for (const e of report.entries) for (const o of report.outlets) if (passages(results, { outlet: o.outlet, term: e.term, voice }, 1).length > 0) expect(shown.has(`${e.term}|${o.outlet}`)).toBe(true);
  });

  it("lists every article as a small row, and drops the whole articles once over the story limit", async () => {
    const { report, builder } = build({}, { maxStoryArticles: 2 });
    expect(builder.size).toBe(3);
    const listed = [];
    for await (const a of report.articles) listed.push([a.id, a.outlet, a.date]);
    expect(listed).toEqual([
      ["w1", "الغرب", "2020-04-01"],
      ["e1", "الشرق", "2020-04-02"],
      ["w2", "الغرب", "2020-05-03"],
    ]);
    expect(report.swaps).toEqual([]);
    expect(report.swapsSkipped).toMatch(/^3 articles: .* at most 2;/);
    expect(build({}, { maxStoryArticles: 3 }).report.swapsSkipped).toBeNull();
  });

  it("sums the time series in memory unless the store gives them", () => {
    const { report, builder } = build({}, {});
    expect(report.time?.from).toBe("memory");
    const haftar = report.time!.timelines.find((t) => t.target === "haftar")!;
    expect(haftar.series.map((s) => [s.outlet, s.points.map((p) => [p.period, p.articles])])).toEqual([
      ["الشرق", [["2020-04", 1]]],
      ["الغرب", [["2020-04", 1], ["2020-05", 1]]],
    ]);
    expect(builder.targetIds()).toEqual(report.targets.map((t) => t.target));
  });
});
