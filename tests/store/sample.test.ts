import { analyzeQueued, inThreadAnalysis } from "../../lib/store/analysis-run";
import { generateArticles } from "../../scripts/corpus-gen";
import { bundledEngine } from "../helpers";
import { BACKENDS, newArticle, storeOf } from "./backends";

/**
 * Discovery's sample of the store (Store.sample): bounded per outlet whatever the corpus, every
 * outlet in it, each outlet's latest articles, whole (body and matches); on both backends.
 */
const engine = bundledEngine();
const generated = [...generateArticles(90, 5)];
const template = { path: "generated.jsonl", outlet_en: null, url: null, encoding: "utf-8", meta: {} };

describe.each(BACKENDS)("the discovery sample on %s PostgreSQL", (kind) => {
  const ctx = storeOf(kind);

  it("takes each outlet's latest analysed articles, at most so many per outlet", async () => {
    const version = await ctx.store.lexiconVersion(engine);
    const articles = generated.map((g) => ({ ...template, id: g.id, outlet: g.outlet, title: g.title, date: g.date, body: g.text }));
    await ctx.store.addArticles(await ctx.store.startBatch(["generated.jsonl"]), articles.map(newArticle), [], version);
    await analyzeQueued(ctx.store, version, inThreadAnalysis(engine), { worker: "test", batchSize: 50, leaseSeconds: 60, lanes: 1 });

    const sample = await ctx.store.sample(version, 2);
    const byOutlet = new Map<string, string[]>();
    for (const r of sample) byOutlet.set(r.article.outlet, [...(byOutlet.get(r.article.outlet) ?? []), r.article.date!]);
    expect([...byOutlet.keys()].sort()).toEqual([...new Set(generated.map((g) => g.outlet))].sort());
    for (const [outlet, dates] of byOutlet) {
      const latest = generated.filter((g) => g.outlet === outlet).map((g) => g.date).sort().reverse().slice(0, 2);
      expect(dates.sort().reverse()).toEqual(latest);
    }
    // whole articles: the Arabic body as imported, and the matches the engine found in it
    expect(sample.length).toBeLessThan(generated.length);
    const first = sample.find((r) => r.analysis.matches.length > 0)!;
    const original = generated.find((g) => g.id === first.article.id)!;
    expect(first.article.body).toBe(original.text);
    for (const m of first.analysis.matches) expect(first.article.body.slice(m.start, m.end)).toBe(m.text);
  }, 120_000);
});
