import { Store } from "../../lib/store";
import { analyzeQueued, inThreadAnalysis } from "../../lib/store/analysis-run";
import type { Db } from "../../lib/store/db";
import { bundledEngine } from "../helpers";
import { BACKENDS, newArticle, rawDb, storeOf, summaryTallyRows, variouslyDated, writeOlderStore } from "./backends";

/**
 * Migration 015 on a store written by round 7 (naming shares in summary_naming, one row per term):
 * the terms move into their summary tally rows' arrays, the summary still equals the per-article
 * sums, and it holds the very rows a fold from scratch writes; on both backends.
 */
const engine = bundledEngine();
const articles = variouslyDated(120, 15);

/** Migrations 001–014, and the articles analysed and folded in two imports (the second fold an upsert), by round 7's SQL. */
async function writeRound7Store(db: Db): Promise<number> {
  await db.exec("DROP SCHEMA public CASCADE; CREATE SCHEMA public");
  const store = new Store(db);
  let version = 0;
  await writeOlderStore(db, 14, async () => {
    version = await store.lexiconVersion(engine);
    for (const half of [articles.slice(0, 60), articles.slice(60)]) {
      await store.addArticles(await store.startBatch(["generated.jsonl"]), half.map(newArticle), [], version);
      await analyzeQueued(store, version, inThreadAnalysis(engine), { worker: "test", batchSize: 25, leaseSeconds: 60, lanes: 1 });
      await store.foldSummary();
    }
  });
  return version;
}

/** Every summary tally row, in key order. */

describe.each(BACKENDS)("migration 015 on %s PostgreSQL", (kind) => {
  const before: { namingRows?: number } = {};
  const ctx = storeOf(kind);

  beforeAll(async () => {
    await ctx.store.close();
    const db = await rawDb(ctx.backend);
    try {
      await writeRound7Store(db);
      before.namingRows = (await db.query<{ n: number }>("SELECT count(*)::int AS n FROM summary_naming"))[0]!.n;
    } finally {
      await db.close();
      ctx.store = await ctx.backend.open();
    }
  }, 300_000);

  it("moves the naming rows into the summary's tally rows, as a fold from scratch writes them", async () => {
    expect(before.namingRows).toBeGreaterThan(0);
    const { store } = ctx;
    const version = await store.lexiconVersion(engine);
    const all = await store.outletCounts(version, {}, "summary");
    expect(all.reduce((n, o) => n + o.articles, 0)).toBe(articles.length);
    expect(all.some((o) => o.targets.some((t) => t.naming.size > 0))).toBe(true);
    expect(all).toEqual(await store.outletCounts(version, {}, "articles"));
    const range = { from: "2016-03-15", to: "2019-08-20" };
    expect(await store.outletCounts(version, range, "summary")).toEqual(await store.outletCounts(version, range, "articles"));
    for (const voice of ["all", "own"] as const)
      expect(await store.timeline(version, { target: "haftar", interval: "month", voice }, range, "summary")).toEqual(await store.timeline(version, { target: "haftar", interval: "month", voice }, range, "articles"));
    await store.close();
    const db = await rawDb(ctx.backend);
    try {
      expect((await db.query<{ n: number }>("SELECT count(*)::int AS n FROM pg_tables WHERE tablename = 'summary_naming'"))[0]!.n).toBe(0);
      expect((await db.query<{ n: number }>("SELECT sum(cardinality(naming_terms))::int AS n FROM summary_tallies"))[0]!.n).toBe(before.namingRows);
      const migrated = await summaryTallyRows(db);
      await db.transaction(async (tx) => {
        await tx.exec("DELETE FROM summary_articles; DELETE FROM summary_tallies; DELETE FROM summary_terms; INSERT INTO summary_backlog SELECT id FROM analyses");
        await tx.query("SELECT summary_fold()");
      });
      expect(await summaryTallyRows(db)).toEqual(migrated);
    } finally {
      await db.close();
      ctx.store = await ctx.backend.open();
    }
  }, 300_000);
});
