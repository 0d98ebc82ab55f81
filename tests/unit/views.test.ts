/**
 * View models of the home page and the report over the bundled seeds: the overview's contrasts,
 * the default same-story pair, and the one valence scale (red hostile, blue favourable).
 */
import fs from "node:fs";
import { analyzeArticle } from "../../lib/analysis/corpus";
import { CorpusFilterSchema } from "../../lib/analysis/filter";
import { scoreOutlets } from "../../lib/analysis/outlets";
import { bestStoryPair } from "../../lib/align/stories";
import { parseArticle } from "../../lib/corpus/parse";
import { targetCharts } from "../../lib/report/charts";
import { reportHtml } from "../../lib/report/framing/html";
import { buildReport } from "../../lib/report/framing/model";
import { reportText } from "../../lib/report/framing/render";
import { namingDistance, targetOverview } from "../../lib/report/overview";
import { stanceFill, termFills, VALENCE_FILLS } from "../../lib/report/valence";
import { columns, displayWidth, outletsTable } from "../../lib/report/table";
import { ARTICLES, bundledEngine, seed } from "../helpers";

const engine = bundledEngine();
const prefixes = fs.readdirSync(ARTICLES).filter((f) => f.endsWith(".md")).map((f) => f.slice(0, 3));
const results = prefixes.map((p) => analyzeArticle(engine, seed(p)));
const outlets = scoreOutlets(engine, results, { voice: "all" });
const charts = targetCharts(engine.lexicon, outlets);

describe("home overview", () => {
  it("measures naming distance as half the sum of share differences", () => {
    expect(namingDistance({ a: 1 }, { a: 1 })).toBe(0);
    expect(namingDistance({ a: 1 }, { b: 1 })).toBe(1);
    expect(namingDistance({ a: 0.5, b: 0.5 }, { a: 1 })).toBe(0.5);
  });

  it("names, for Haftar, two outlets that use different names, with the Arabic names they use", () => {
    const haftar = targetOverview(charts).find((c) => c.target === "haftar");
    expect(haftar?.naming).not.toBeNull();
    const { a, b, distance } = haftar!.naming!;
    expect(distance).toBeGreaterThan(0);
    expect(a.outlet).not.toBe(b.outlet);
    const forms = (side: typeof a) => side.names.map((n) => n.form);
    expect(forms(a)).not.toEqual(forms(b));
    for (const n of [...a.names, ...b.names]) expect(n.form).toMatch(/^[\u0600-\u06FF ]+$/);
  });

  it("puts targets where outlets differ most first", () => {
    const distances = targetOverview(charts).map((c) => c.naming?.distance ?? 0);
    expect(distances).toEqual([...distances].sort((x, y) => y - x));
  });
});

describe("default comparison pair", () => {
  it("is two articles from different outlets on the same story (the wire rewrites)", () => {
    const wire = ["wire-a", "wire-b"].map((name) => {
      const file = `${__dirname}/../fixtures/wire/${name}.md`;
      return analyzeArticle(engine, parseArticle(fs.readFileSync(file, "utf8"), file));
    });
    expect([...bestStoryPair([...results, ...wire])!].sort()).toEqual(["wire-a", "wire-b"]);
  });
});

describe("one valence scale for the UI and the report", () => {
  it("paints hostile red and favourable blue", () => {
    const fills = termFills([
      { term: "hostile", valence: -2 },
      { term: "favourable", valence: 2 },
    ]);
    expect(fills.hostile).toBe(VALENCE_FILLS.neg2[0]);
    expect(fills.favourable).toBe(VALENCE_FILLS.pos2[0]);
    expect(stanceFill(-1.2)).toBe(VALENCE_FILLS.neg2[0]);
  });

  it("gives every report chart a title and a reading guide, and colours المشير blue and اللواء المتقاعد red", async () => {
    const html = await reportText(reportHtml(buildReport(engine, results, CorpusFilterSchema.parse({}), { generated: "2026-01-01T00:00:00Z" })));
    const charts = html.match(/<svg class="chart"/g) ?? [];
    const figures = html.match(/<figure class="chart-figure"><figcaption><h4>[^<]+<\/h4><p class="guide">[^<]+<\/p><\/figcaption>/g) ?? [];
    expect(charts.length).toBeGreaterThan(0);
    expect(figures.length).toBe(charts.length);
    const fillOf = (term: string) => new RegExp(`fill="(#[0-9a-f]{6})" data-term="${term}"`).exec(html)?.[1];
    const marshal = engine.lexicon.lexicon.entries.find((e) => e.forms.includes("المشير"))!;
    const retired = engine.lexicon.lexicon.entries.find((e) => e.forms.some((f) => f.startsWith("اللواء المتقاعد")))!;
    expect(marshal.valence).toBeGreaterThan(0);
    expect(retired.valence).toBeLessThan(0);
    expect(VALENCE_FILLS.pos2.concat(VALENCE_FILLS.pos1)).toContain(fillOf(marshal.id));
    expect(VALENCE_FILLS.neg2.concat(VALENCE_FILLS.neg1)).toContain(fillOf(retired.id));
  });
});

describe("report candidates", () => {
  const report = buildReport(engine, results, CorpusFilterSchema.parse({}), { generated: "2026-01-01T00:00:00Z" });
  const words = report.keyness.flatMap((k) => k.words);

  it("leaves out function words such as حين، حد، باسم", () => {
    const shown = new Set(words.map((w) => w.word));
    for (const fn of ["حين", "حد", "باسم", "وفق", "الثلاثاء"]) expect(shown.has(fn)).toBe(false);
  });

  it("shows each word in the spelling the articles use, keeping the normalized key beside it", () => {
    const american = words.find((w) => w.norm === "الاميركية");
    expect(american?.word).toBe("الأميركية");
    for (const w of words) expect(body.includes(w.word)).toBe(true);
  });
});
const body = results.map((r) => r.article.body).join("\n");

describe("CLI outlet table", () => {
  it("counts Arabic diacritics and bidi marks as no columns", () => {
    expect(displayWidth("المُشير")).toBe(6);
    expect(displayWidth("\u2066حفتر\u2069")).toBe(4);
  });

  it("keeps a long target name out of the next column and shows the Arabic names, not entry ids", () => {
    const lines = columns([
      ["target", "mentions", "naming"],
      ["tripoli-offensive-with-a-long-name", "7", "عدوان"],
    ]);
    expect(lines[1]).toMatch(/^tripoli-offensive-with-a-long-name {2}7 {9}عدوان$/);
    expect(lines[0]!.indexOf("mentions")).toBe(lines[1]!.indexOf("7"));
    const table = outletsTable(outlets, engine.lexicon);
    expect(table).toContain("اللواء المتقاعد");
    expect(table).not.toMatch(/haftar-retired|isis-daesh/);
  });
});
