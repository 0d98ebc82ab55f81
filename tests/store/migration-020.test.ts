import { Store } from "../../lib/store";
import { analyzeQueued, inThreadAnalysis } from "../../lib/store/analysis-run";
import type { Db } from "../../lib/store/db";
import { migrate } from "../../lib/store/migrate";
import { bundledEngine } from "../helpers";
import { BACKENDS, newArticle, storeOf, summaryTallyRows, tallyRowsAsRound10, variouslyDated, withRawDb } from "./backends";

/**
 * Migration 020: an analysis' tally rows become one row of article_tallies, and `tallies` a view
 * giving the rows back. A store written by this code has its tallies put back as round 10's table
 * (migrations 001–019 held them so: a row per target and reading), then migration 020 is applied to
 * it again: the view shows what the table held (every column, naming terms in their stored order),
 * one row per analysis, the summary is unchanged, and the store's sums (from the summary and from the
 * per-article tallies) read the same; and removing analyses' tallies subtracts them from the summary;
 * on both backends.
 */
const engine = bundledEngine();
const articles = variouslyDated(90, 20);

/** Every tally row by its article's content hash, its naming terms by text, in key order. */
const tallyRows = (db: Db) =>
  db.query(`SELECT an.content_hash, to_jsonb(t) - 'analysis_id' - 'naming_terms' - 'naming_all' - 'naming_own'
      || jsonb_build_object('naming', (SELECT coalesce(jsonb_agg(jsonb_build_array(m.s, x.c_all, x.c_own) ORDER BY x.i), '[]')
                                       FROM unnest(t.naming_terms, t.naming_all, t.naming_own) WITH ORDINALITY AS x(term, c_all, c_own, i)
                                       JOIN match_strings m ON m.id = x.term)) AS r
    FROM tallies t JOIN analyses an ON an.id = t.analysis_id ORDER BY an.content_hash, t.target, t.resolution`);

/** What the store's readers sum: per outlet from the summary and from the per-article tallies, and a timeline by day (per-article tallies) and month. */
async function sums(store: Store, version: number): Promise<unknown> {
  return {
    summary: await store.outletCounts(version, {}, "summary"),
    articles: await store.outletCounts(version, {}, "articles"),
    days: await store.timeline(version, { target: "haftar", interval: "day" }),
    months: await store.timeline(version, { target: "haftar", interval: "month" }),
  };
}

async function importAndAnalyze(store: Store, version: number): Promise<void> {
  await store.addArticles(await store.startBatch(["generated.jsonl"]), articles.map(newArticle), [], version);
  await analyzeQueued(store, version, inThreadAnalysis(engine), { worker: "test", batchSize: 25, leaseSeconds: 60, lanes: 1 });
  await store.tidy();
}

describe.each(BACKENDS)("migration 020 on %s PostgreSQL", (kind) => {
  const before: { tallies?: unknown[]; summary?: unknown[]; sums?: unknown } = {};
  const ctx = storeOf(kind);

  beforeAll(async () => {
    await withRawDb(ctx, async (db) => {
      await db.exec("DROP SCHEMA public CASCADE; CREATE SCHEMA public");
      await migrate(db);
      const store = new Store(db);
      const version = await store.lexiconVersion(engine);
      await importAndAnalyze(store, version);
      before.tallies = await tallyRows(db);
      before.summary = await summaryTallyRows(db);
      before.sums = await sums(store, version);
    });
  }, 300_000);

  it("gives back round 10's tally rows as one row per analysis, and the same sums", async () => {
    await withRawDb(ctx, async (db) => {
      await tallyRowsAsRound10(db);
      const [old] = await db.query<{ rows: number; analyses: number }>("SELECT count(*)::int AS rows, count(DISTINCT analysis_id)::int AS analyses FROM tallies");
      expect(old!.rows).toBeGreaterThan(old!.analyses);
      expect(await migrate(db)).toEqual([20]);
      const [held] = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM article_tallies");
      expect(held!.n).toBe(old!.analyses);
      expect(await tallyRows(db)).toEqual(before.tallies);
      expect(await summaryTallyRows(db)).toEqual(before.summary);
      const store = new Store(db);
      expect(await sums(store, await store.lexiconVersion(engine))).toEqual(before.sums);
    });
  }, 300_000);

  it("subtracts removed analyses' tallies from the summary, as a fold of the rest gives", async () => {
    await withRawDb(ctx, async (db) => {
      await db.transaction(async (tx) => {
        await tx.exec("CREATE TEMP TABLE removed AS SELECT analysis_id AS id FROM article_tallies ORDER BY analysis_id LIMIT 30");
        await tx.exec("DELETE FROM article_tallies WHERE analysis_id IN (SELECT id FROM removed); DELETE FROM analyses WHERE id IN (SELECT id FROM removed)");
      });
      const subtracted = await summaryTallyRows(db);
      expect(subtracted).not.toEqual(before.summary);
      await db.exec("DELETE FROM summary_articles; DELETE FROM summary_terms; DELETE FROM summary_tallies; INSERT INTO summary_backlog (analysis_id) SELECT id FROM analyses");
      await db.query("SELECT summary_fold()");
      expect(await summaryTallyRows(db)).toEqual(subtracted);
    });
  }, 300_000);
});
