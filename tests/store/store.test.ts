import fs from "node:fs";
import path from "node:path";
import { analyzeArticle } from "../../lib/analysis/corpus";
import { scoreOutletCounts, scoreOutlets } from "../../lib/analysis/outlets";
import { listArticleFiles, loadArticles } from "../../lib/corpus/load";
import type { Article } from "../../lib/corpus/schema";
import { passages } from "../../lib/report/passages";
import { analyzeQueued, inThreadAnalysis } from "../../lib/store/analysis-run";
import { StoreLockedError } from "../../lib/store";
import { ARTICLES, bundledEngine } from "../helpers";
import { BACKENDS, newArticle, storeOf, type Backend } from "./backends";

const seeds: Article[] = [];
for (const loaded of loadArticles(listArticleFiles([ARTICLES]).files)) if ("article" in loaded) seeds.push(loaded.article);
const engine = bundledEngine();
const inMemory = seeds.map((a) => analyzeArticle(engine, a));

/** What each backend answered, compared across backends at the end. */
const answers: Partial<Record<Backend, unknown>> = {};

describe.each(BACKENDS)("the store on %s PostgreSQL", (kind) => {
  let version = 0;
  const ctx = storeOf(kind, async (store) => {
    version = await store.lexiconVersion(engine);
  });

  it("imports the seeds once: the same articles again are all duplicates", async () => {
    const batch = await ctx.store.startBatch([ARTICLES]);
    expect(await ctx.store.addArticles(batch, seeds.map(newArticle), [{ source: "x.csv", line: 3, reason: "empty text" }], version)).toEqual({
      imported: seeds.length,
      duplicates: 0,
      nearDuplicates: 0,
    });
    expect(await ctx.store.pendingJobs(version)).toBe(seeds.length);
    const again = await ctx.store.addArticles(await ctx.store.startBatch([ARTICLES]), seeds.map(newArticle), [], version);
    expect(again).toEqual({ imported: 0, duplicates: seeds.length, nearDuplicates: 0 });
    expect(await ctx.store.pendingJobs(version)).toBe(seeds.length);
    expect(await ctx.store.problems()).toEqual([{ source: "x.csv", line: 3, reason: "empty text" }]);
  });

  it("analyses the queue once, and the stored analyses are the engine's", async () => {
    const saved = await analyzeQueued(ctx.store, version, inThreadAnalysis(engine), { worker: "test", batchSize: 2, leaseSeconds: 60, lanes: 2 });
    expect(saved).toBe(seeds.length);
    expect(await ctx.store.pendingJobs(version)).toBe(0);
    expect(await ctx.store.enqueueMissing(version)).toBe(0);
    const stored = [];
    for await (const r of ctx.store.results(version, {}, 2)) stored.push(r);
    expect(stored.map((r) => r.article.id)).toEqual(seeds.map((a) => a.id));
    stored.forEach((r, i) => {
      expect(r.analysis).toEqual(inMemory[i]!.analysis);
      expect(r.article.body).toBe(seeds[i]!.body);
    });
    // which targets the store mentions (read from the summary since migration 011): those of the matches, and no other
    const matched = new Set(inMemory.flatMap((r) => r.analysis.matches.map((m) => m.target)));
    expect(await ctx.store.mentionedTargets(version, [...engine.lexicon.targets.keys()])).toEqual(matched);
  });

  it("sums outlet scores in SQL exactly as the engine scores them, under each voice and filter", async () => {
    for (const voice of ["all", "own"] as const) {
      const fromSql = scoreOutletCounts(engine, await ctx.store.outletCounts(version), { voice });
      expect(fromSql).toEqual(scoreOutlets(engine, inMemory, { voice }));
      // side-switching labels left with their generic target (?resolved=0): the rows of the other reading
      const unresolved = scoreOutletCounts(engine, await ctx.store.outletCounts(version, { resolved: false }), { voice });
      expect(unresolved).toEqual(scoreOutlets(engine, inMemory, { voice, resolved: false }));
    }
    // the seeds do resolve labels, so the two readings differ: the test above compares something
    expect(scoreOutlets(engine, inMemory, { voice: "all", resolved: false })).not.toEqual(scoreOutlets(engine, inMemory, { voice: "all" }));
    const from2019 = inMemory.filter((r) => (r.article.date ?? "") >= "2019");
    expect(scoreOutletCounts(engine, await ctx.store.outletCounts(version, { from: "2019" }), { voice: "all" })).toEqual(scoreOutlets(engine, from2019, { voice: "all" }));
    const one = inMemory.filter((r) => r.article.outlet === "الجزيرة نت");
    expect(scoreOutletCounts(engine, await ctx.store.outletCounts(version, { outlets: ["الجزيرة نت"] }), { voice: "all" })).toEqual(scoreOutlets(engine, one, { voice: "all" }));
  });

  it("finds the passages the in-memory corpus finds", async () => {
    const q = { target: "haftar" };
    const fromStore = await ctx.store.passages(version, q);
    expect(fromStore.length).toBeGreaterThan(0);
    expect(fromStore).toEqual(passages(inMemory, q));
    for (const p of fromStore) expect(p.sentence.slice(p.start, p.end)).toMatch(/[\u0600-\u06FF]/);
  });

  it("gives the time series of a target per outlet and month", async () => {
    const timeline = await ctx.store.timeline(version, { target: "haftar", interval: "month" });
    // one point per outlet and month holding a dated seed; numbers as the in-memory engine counts them
    const expected = new Map<string, { articles: number; words: number; mentions: number }>();
    for (const r of inMemory) {
      if (!r.article.date || r.article.date.length < 7) continue;
      const key = `${r.article.outlet} ${r.article.date.slice(0, 7)}`;
      const e = expected.get(key) ?? { articles: 0, words: 0, mentions: 0 };
      e.articles += 1;
      e.words += r.analysis.words;
      e.mentions += r.analysis.matches.filter((m) => m.target === "haftar").length;
      expected.set(key, e);
    }
    const got = new Map(timeline.series.flatMap((s) => s.points.map((p) => [`${s.outlet} ${p.period}`, { articles: p.articles, words: p.words, mentions: p.mentions }])));
    expect(got).toEqual(expected);
    const aljazeera = timeline.series.find((s) => s.outlet === "الجزيرة نت")!.points[0]!;
    expect(aljazeera.period).toBe("2019-05");
    expect(aljazeera.density).toBeCloseTo((aljazeera.mentions * 1000) / aljazeera.words, 2);
    expect(aljazeera.naming.reduce((a, n) => a + n.count, 0)).toBeGreaterThan(0);
    answers[kind] = { timeline, outlets: await ctx.store.outletCounts(version), passages: await ctx.store.passages(version, { target: "isis" }) };
  });

  it("queues everything again for a new lexicon version, and nothing for the current one", async () => {
    const changed = { ...engine, lexicon: { ...engine.lexicon, lexicon: { ...engine.lexicon.lexicon, version: "9.9.9" } } };
    const next = await ctx.store.lexiconVersion(changed);
    expect(next).not.toBe(version);
    expect(await ctx.store.enqueueMissing(next)).toBe(seeds.length);
    expect(await ctx.store.enqueueMissing(version)).toBe(0);
  });

  it("leases disjoint batches to concurrent workers, and a batch again once its lease runs out", async () => {
    const next = await ctx.store.lexiconVersion({ ...engine, lexicon: { ...engine.lexicon, lexicon: { ...engine.lexicon.lexicon, version: "9.9.9" } } });
    const [a, b] = await Promise.all([ctx.store.claimJobs(next, "a", 3, 60), ctx.store.claimJobs(next, "b", 3, 60)]);
    const hashes = [...a!, ...b!].map((j) => j.contentHash);
    expect(new Set(hashes).size).toBe(seeds.length);
    expect(await ctx.store.claimJobs(next, "c", 10, 60)).toEqual([]);
    const expiring = await ctx.store.lexiconVersion({ ...engine, lexicon: { ...engine.lexicon, lexicon: { ...engine.lexicon.lexicon, version: "10" } } });
    await ctx.store.enqueueMissing(expiring);
    expect(await ctx.store.claimJobs(expiring, "killed", 10, 0.001)).toHaveLength(seeds.length);
    await new Promise((r) => setTimeout(r, 50));
    expect(await ctx.store.claimJobs(expiring, "next", 10, 60)).toHaveLength(seeds.length);
  });

  it("sets outlet metadata and reports the corpus", async () => {
    expect(await ctx.store.updateOutlet({ name: "الجزيرة نت", name_en: "Al Jazeera Net", country: "Qatar", group: "qatari" })).toBe(true);
    expect(await ctx.store.updateOutlet({ name: "no such outlet", name_en: null, country: null, group: null })).toBe(false);
    const overview = await ctx.store.overview(version);
    expect(overview.articles).toBe(seeds.length);
    expect(overview.analysed).toBe(seeds.length);
    expect(overview.outlets.find((o) => o.name === "الجزيرة نت")).toMatchObject({ name_en: "Al Jazeera Net", country: "Qatar", group: "qatari", articles: 1 });
    expect(overview.months.reduce((a, m) => a + m.articles, 0)).toBe(seeds.filter((s) => (s.date ?? "").length >= 7).length);
    const byGroup = await ctx.store.timeline(version, { target: "haftar", interval: "month", byGroup: true, outlets: ["qatari"] });
    expect(byGroup.series.map((s) => s.outlet)).toEqual(["qatari"]);
  });

  if (kind === "embedded") {
    it("refuses a second process on the same folder, naming the holder", async () => {
      await expect(ctx.backend.open("the web server")).rejects.toThrow(StoreLockedError);
      await expect(ctx.backend.open("the web server")).rejects.toThrow(/holds .*; stop it or use DATABASE_URL/);
      expect(fs.readdirSync(ctx.backend.env.ADASA_DATA!)).toContain("adasa.lock");
      expect(path.isAbsolute(ctx.store.where)).toBe(true);
    });
  }
});

it("gives the same answers on embedded PostgreSQL and on the server", () => {
  expect(answers.embedded).toBeDefined();
  expect(answers.server).toEqual(answers.embedded);
});
