import fs from "node:fs";
import path from "node:path";
import { analyzeArticle } from "../../lib/analysis/corpus";
import { CorpusFilterSchema } from "../../lib/analysis/filter";
import { parseArticle } from "../../lib/corpus/parse";
import { reportHtml } from "../../lib/report/framing/html";
import { buildReport } from "../../lib/report/framing/model";
import { reportText } from "../../lib/report/framing/render";
import { bundledEngine, ROOT } from "../helpers";

const engine = bundledEngine();
const wire = ["wire-a", "wire-b"].map((name) => {
  const file = path.join(ROOT, "tests", "fixtures", "wire", `${name}.md`);
  return analyzeArticle(engine, parseArticle(fs.readFileSync(file, "utf8"), file));
});
const filter = CorpusFilterSchema.parse({});

describe("framing report model", () => {
  it("finds the framing swaps between two articles on the same story", () => {
    const report = buildReport(engine, wire, filter, { generated: "2026-01-01T00:00:00Z" });
    expect(report.swapsSkipped).toBeNull();
    expect(report.swaps.map((s) => [s.target, s.aText, s.bText])).toEqual([
      ["isis", "داعش", "تنظيم الدولة"],
      ["isis", "تنظيم داعش", "تنظيم الدولة الإسلامية"],
    ]);
  });

  it("says so when a selection is too large to compare every pair", async () => {
    const report = buildReport(engine, wire, filter, { generated: "2026-01-01T00:00:00Z", maxStoryArticles: 1 });
    expect(report.swaps).toEqual([]);
    expect(report.swapsSkipped).toMatch(/2 articles/);
    expect(await reportText(reportHtml(report))).toContain("Not searched: 2 articles");
  });

  it("escapes article text in the HTML: a title cannot inject markup", async () => {
    const [a] = wire;
    const hostile = { ...a!, article: { ...a!.article, title: '<img src=x onerror="alert(1)">', outlet: "<script>x</script>" } };
    const html = await reportText(reportHtml(buildReport(engine, [hostile, wire[1]!], filter, { generated: "now" })));
    expect(html).not.toContain("<script>x");
    expect(html).not.toContain("<img src=x");
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
  });
});
