import fc from "fast-check";
import { listArticleFiles, loadArticles } from "../../lib/corpus/load";
import type { Article } from "../../lib/corpus/schema";
import type { Store, StoreFilter } from "../../lib/store";
import { analyzeQueued, inThreadAnalysis } from "../../lib/store/analysis-run";
import type { Db } from "../../lib/store/db";
import { openEmbedded } from "../../lib/store/embedded";
import { openServer } from "../../lib/store/server";
import { INTERVALS } from "../../lib/store/timeline-query";
import { generateArticles } from "../../scripts/corpus-gen";
import { ARTICLES, bundledEngine } from "../helpers";
import { BACKENDS, newArticle, storeOf, type Backend, type OpenBackend } from "./backends";

/**
 * The summary (migration 006) against the per-article sums it replaces: the
 * same outlet tables and time series, on the seeds and generated articles with
 * dates of every precision, for any date range, outlets, groups and reading,
 * after analyses are saved, removed and saved again; on both backends.
 */
const seeds: Article[] = [];
for (const loaded of loadArticles(listArticleFiles([ARTICLES]).files)) if ("article" in loaded) seeds.push(loaded.article);
const engine = bundledEngine();

/** Generated articles over two years, dated by the day, the month, the year alone, or not at all. */
const generated: Article[] = [...generateArticles(240, 11)].map((g, i) => {
  const day = `${2019 + (i % 2)}${g.date.slice(4)}`;
  const date = i % 13 === 0 ? null : i % 7 === 0 ? day.slice(0, 4) : i % 5 === 0 ? day.slice(0, 7) : day;
  return { ...seeds[0]!, path: "generated.jsonl", id: g.id, outlet: g.outlet, outlet_en: null, title: g.title, date, url: null, body: g.text };
});
const outlets = [...new Set([...seeds, ...generated].map((a) => a.outlet))].sort();

/** A date bound of any precision around the generated years, month ends included. */
const bound = fc.oneof(
  fc.integer({ min: 2018, max: 2021 }).map(String),
  fc.tuple(fc.integer({ min: 2018, max: 2021 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, "0")}`),
  fc.tuple(fc.integer({ min: 2018, max: 2021 }), fc.integer({ min: 1, max: 12 }), fc.constantFrom(1, 2, 15, 28, 29, 30, 31)).map(([y, m, d]) => {
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return `${y}-${String(m).padStart(2, "0")}-${String(Math.min(d, last)).padStart(2, "0")}`;
  }),
);
const filterArb: fc.Arbitrary<StoreFilter> = fc.record(
  {
    from: bound,
    to: bound,
    outlets: fc.subarray(outlets, { minLength: 1, maxLength: 6 }),
    groups: fc.constantFrom(["camp-a"], ["camp-a", "camp-b"]),
    resolved: fc.boolean(),
  },
  { requiredKeys: [] },
);

async function expectSummaryEqualsArticles(store: Store, version: number, runs: number): Promise<void> {
  await fc.assert(
    fc.asyncProperty(filterArb, fc.constantFrom(...INTERVALS), fc.constantFrom("all" as const, "own" as const), fc.boolean(), async (filter, interval, voice, byGroup) => {
      expect(await store.outletCounts(version, filter, "summary")).toEqual(await store.outletCounts(version, filter, "articles"));
      // the pages' count of a selection (read from the summary) is the number of articles they list
      const listed = await store.articlePage(version, filter, 0, 1_000);
      expect(listed.total).toBe(listed.items.length);
      const query = { target: "haftar", interval, voice, byGroup, outlets: byGroup ? filter.groups : filter.outlets };
      const selection = { from: filter.from, to: filter.to, resolved: filter.resolved };
      expect(await store.timeline(version, query, selection, "summary")).toEqual(await store.timeline(version, query, selection, "articles"));
    }),
    { numRuns: runs },
  );
}

const rawDb = (backend: OpenBackend): Promise<Db> =>
  backend.env.DATABASE_URL ? openServer(backend.env.DATABASE_URL) : openEmbedded(backend.env.ADASA_DATA!, "a test");

const answers: Partial<Record<Backend, unknown>> = {};

describe.each(BACKENDS)("the summary on %s PostgreSQL", (kind) => {
  let version = 0;
  const ctx = storeOf(kind, async (store) => {
    version = await store.lexiconVersion(engine);
    await store.addArticles(await store.startBatch(["generated.jsonl"]), [...seeds, ...generated].map(newArticle), [], version);
    await analyzeQueued(store, version, inThreadAnalysis(engine), { worker: "test", batchSize: 50, leaseSeconds: 60, lanes: 1 });
    for (const [i, name] of outlets.slice(0, 8).entries()) await store.updateOutlet({ name, name_en: null, country: null, group: i % 2 ? "camp-a" : "camp-b" });
  });

  it("gives the per-article sums for any selection", async () => {
    const { store } = ctx;
    const all = await store.outletCounts(version, {}, "summary");
    expect(all.reduce((n, o) => n + o.articles, 0)).toBe(seeds.length + generated.length);
    expect(all).toEqual(await store.outletCounts(version, {}, "articles"));
    await expectSummaryEqualsArticles(store, version, 60);
    answers[kind] = { all, timeline: await store.timeline(version, { target: "haftar", interval: "week" }) };
  }, 300_000);

  it("follows analyses removed and saved again", async () => {
    await ctx.store.close();
    const db = await rawDb(ctx.backend);
    try {
      const removed = (await db.query<{ content_hash: string }>("SELECT content_hash FROM analyses WHERE lexicon_version = $1 ORDER BY content_hash LIMIT 60", [version])).map((r) => r.content_hash);
      await db.transaction(async (tx) => {
        const ids = (await tx.query<{ id: number }>("SELECT id FROM analyses WHERE lexicon_version = $1 AND content_hash = ANY($2::text[])", [version, removed])).map((r) => r.id);
        // an analysis's tallies are one row of article_tallies (migration 020)
        await tx.query("DELETE FROM article_tallies WHERE analysis_id = ANY($1::int[])", [ids]);
        await tx.query("DELETE FROM analyses WHERE id = ANY($1::int[])", [ids]);
      });
    } finally {
      await db.close();
    }
    const store = (ctx.store = await ctx.backend.open());
    const fewer = await store.outletCounts(version, {}, "summary");
    expect(fewer.reduce((n, o) => n + o.articles, 0)).toBe(seeds.length + generated.length - 60);
    expect(fewer).toEqual(await store.outletCounts(version, {}, "articles"));
    await expectSummaryEqualsArticles(store, version, 15);
    expect(await store.enqueueMissing(version)).toBe(60);
    await analyzeQueued(store, version, inThreadAnalysis(engine), { worker: "test", batchSize: 50, leaseSeconds: 60, lanes: 1 });
    expect(await store.outletCounts(version, {}, "summary")).toEqual((answers[kind] as { all: unknown }).all);
    // the 60 analyses saved again waited in the backlog (migration 010) until that reader folded them
    expect(await store.foldSummary()).toBe(0);
  }, 300_000);
});

it("gives the same sums on embedded PostgreSQL and on the server", () => {
  expect(answers.embedded).toBeDefined();
  expect(answers.server).toEqual(answers.embedded);
});
