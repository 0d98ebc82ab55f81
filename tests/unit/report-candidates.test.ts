import { analyzeArticle } from "../../lib/analysis/corpus";
import { CorpusFilterSchema } from "../../lib/analysis/filter";
import { parseArticle } from "../../lib/corpus/parse";
import { discoverForTarget, discoveryTexts } from "../../lib/discovery";
import { isFunctionWord } from "../../lib/discovery/mine";
import { reportCsv } from "../../lib/report/framing/csv";
import { reportHtml } from "../../lib/report/framing/html";
import { reportMarkdown } from "../../lib/report/framing/markdown";
import { buildReport } from "../../lib/report/framing/model";
import { reportText } from "../../lib/report/framing/render";
import { bundledEngine } from "../helpers";

/** The report's candidates are lib/discovery's: same ranking, spellings as written, no function words, lines in context. */
const engine = bundledEngine();
const article = (id: string, outlet: string, body: string) => analyzeArticle(engine, parseArticle(`---\nid: "${id}"\noutlet: "${outlet}"\ntitle: "${id}"\n---\n${body}\n`, `${id}.md`));
// texts of our own: one outlet's rabble, the other's eagles, and function words next to the name in both
const results = [
  article("w1", "الغرب", "هاجمت شراذم حفتر أحياء العاصمة ليلا، حين حفتر يعلن النصر. وقالت البلدية إن شراذم حفتر قصفت المدارس."),
  article("w2", "الغرب", "انسحبت شراذمُ خليفة حفتر من المطار، حين حفتر يتراجع. ثم عادت شراذم حفتر جنوبا باسم حفتر."),
  article("e1", "الشرق", "تقدمت نسور حفتر نحو المطار باسم حفتر. وأكدت القيادة أن نسور حفتر تحكم السيطرة باسم حفتر."),
];
const report = buildReport(engine, results, CorpusFilterSchema.parse({ targets: ["haftar"] }), { generated: "2026-01-01T00:00:00Z" });

describe("the report's candidates", () => {
  const haftar = report.candidates.find((t) => t.target === "haftar")!;

  it("rank as adasa discover ranks them", () => {
    const discovered = discoverForTarget(engine.lexicon.lexicon, discoveryTexts(results), { target: "haftar", top: 5 }).outlets.filter((o) => o.candidates.length > 0);
    expect(haftar.outlets.map((o) => [o.outlet, o.candidates.map((c) => [c.key, c.count, c.g2])])).toEqual(discovered.map((o) => [o.outlet, o.candidates.map((c) => [c.key, c.count, c.g2])]));
    expect(haftar.outlets.map((o) => [o.outlet, o.candidates[0]!.key])).toEqual([
      ["الشرق", "نسور"],
      ["الغرب", "شراذم"],
    ]);
  });

  it("show the spellings as written, never a function word, with lines in context", () => {
    const rabble = haftar.outlets.find((o) => o.outlet === "الغرب")!.candidates[0]!;
    expect(rabble.spellings).toEqual([
      { text: "شراذم", count: 3 },
      { text: "شراذمُ", count: 1 },
    ]);
    expect(rabble.kwic[0]).toContain("«شراذم» [حفتر]");
    const words = haftar.outlets.flatMap((o) => o.candidates.flatMap((c) => c.key.split(" ")));
    expect(words.filter(isFunctionWord)).toEqual([]);
    expect(words).not.toContain("حين");
    expect(words).not.toContain("باسم");
  });

  it("appear in every format, and the report records its lexicon version", async () => {
    expect(report.lexicon.lexicon_version).toMatch(/^sha256:[0-9a-f]{12}$/);
    const html = await reportText(reportHtml(report));
    expect(html).toContain('<section id="candidates">');
    expect(html).toContain("شراذمُ ×1");
    expect(html).toContain(report.lexicon.lexicon_version);
    expect(await reportText(reportMarkdown(report))).toContain("### Khalifa Haftar — الغرب");
    expect(await reportText(reportCsv(report))).toMatch(/^candidates,الغرب,haftar,شراذم,4,,0,/m);
  });
});
