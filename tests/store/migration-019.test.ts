import { Store } from "../../lib/store";
import { analyzeQueued, inThreadAnalysis } from "../../lib/store/analysis-run";
import type { Db } from "../../lib/store/db";
import { migrate } from "../../lib/store/migrate";
import { bundledEngine } from "../helpers";
import { BACKENDS, newArticle, storeOf, summaryTallyRows, variouslyDated, withRawDb, writeOlderStore } from "./backends";

/**
 * Migration 019 on a store written by round 9 (migrations 001–018): the fold hashes its groupings
 * (naming arrays in no particular term order) and fills an empty summary table before building its
 * indexes. What the round-9 fold wrote and what the new one writes from the same analyses are the
 * same sums (naming terms compared as sets of counts), the indexes come back as they were, and a
 * fold into a table that already holds rows (a second import) adds to them; on both backends.
 */
const engine = bundledEngine();
const articles = variouslyDated(90, 19);

/** Every summary table in key order, a summary_tallies row's naming terms as a term-ordered list (summaryTallyRows). */
async function summaryContents(db: Db): Promise<unknown[]> {
  return (await db.query(`
    SELECT 'a' AS t, to_jsonb(s) AS r FROM (SELECT * FROM summary_articles ORDER BY lexicon_version, grain, period, outlet_id) s
    UNION ALL SELECT 'm', to_jsonb(s) FROM (SELECT * FROM summary_terms ORDER BY lexicon_version, target_id, term_id, outlet_id) s
`)).concat(await summaryTallyRows(db));
}

/** The summary's indexes as the catalog defines them. */
const summaryIndexes = (db: Db) =>
  db.query<{ d: string }>("SELECT indexdef AS d FROM pg_indexes WHERE schemaname = 'public' AND tablename LIKE 'summary\\_%' ORDER BY indexname");

/** The summary emptied and folded again from every analysis. */
async function foldAgain(db: Db): Promise<void> {
  await db.exec("DELETE FROM summary_articles; DELETE FROM summary_terms; DELETE FROM summary_tallies; INSERT INTO summary_backlog (analysis_id) SELECT id FROM analyses");
  await db.query("SELECT summary_fold()");
}

async function importAndAnalyze(store: Store, batch: typeof articles, version: number): Promise<void> {
  await store.addArticles(await store.startBatch(["generated.jsonl"]), batch.map(newArticle), [], version);
  await analyzeQueued(store, version, inThreadAnalysis(engine), { worker: "test", batchSize: 25, leaseSeconds: 60, lanes: 1 });
  await store.tidy();
}

describe.each(BACKENDS)("migration 019 on %s PostgreSQL", (kind) => {
  const before: { contents?: unknown[]; indexes?: unknown[] } = {};
  const ctx = storeOf(kind);

  beforeAll(async () => {
    await withRawDb(ctx, async (db) => {
      await db.exec("DROP SCHEMA public CASCADE; CREATE SCHEMA public");
      const store = new Store(db);
      await writeOlderStore(db, 18, async () => importAndAnalyze(store, articles, await store.lexiconVersion(engine)));
      before.contents = await summaryContents(db);
      before.indexes = await summaryIndexes(db);
    });
  }, 300_000);

  it("folds what round 9's fold wrote, and builds the emptied summary's indexes again as they were", async () => {
    await withRawDb(ctx, async (db) => {
      expect(await summaryContents(db)).toEqual(before.contents);
      expect(before.contents!.length).toBeGreaterThan(100);
      expect((before.indexes as { d: string }[]).map((i) => i.d).join("\n")).toContain("summary_tallies_period");
      // the store was opened again, so migrated to the last migration (021 changes summary_tallies' key and drops its period index)
      const indexes = await summaryIndexes(db);
      await foldAgain(db);
      expect(await summaryContents(db)).toEqual(before.contents);
      expect(await summaryIndexes(db)).toEqual(indexes);
      expect(indexes.map((i) => i.d).join("\n")).toContain("summary_tallies_pkey");
    });
  }, 300_000);

  it("adds a second import's analyses to a summary that holds rows, as one fold of both would", async () => {
    await withRawDb(ctx, async (db) => {
      await db.exec("DROP SCHEMA public CASCADE; CREATE SCHEMA public");
      await migrate(db);
      const store = new Store(db);
      const version = await store.lexiconVersion(engine);
      await importAndAnalyze(store, articles.slice(0, 50), version);
      await importAndAnalyze(store, articles.slice(50), version);
      const added = await summaryContents(db);
      await foldAgain(db);
      expect(added).toEqual(await summaryContents(db));
      expect(added).toEqual(before.contents);
    });
  }, 300_000);
});
