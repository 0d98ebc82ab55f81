import { Store } from "../../lib/store";
import { analyzeQueued, inThreadAnalysis } from "../../lib/store/analysis-run";
import type { Db } from "../../lib/store/db";
import { migrate, migrationFiles } from "../../lib/store/migrate";
import { bundledEngine } from "../helpers";
import { tallyRowsOf } from "../../lib/store/sum-sources";
import { BACKENDS, newArticle, storeOf, summaryTallyRows, variouslyDated, withRawDb } from "./backends";

/**
 * Migration 021: the summary's tally rows become one row per (lexicon version, grain, period,
 * outlet) holding every target's sums and naming terms as arrays. A store of migrations 001–020
 * written by this code is migrated: the view summary_tally_rows gives back what the former table
 * held, and a fold of the new kind from scratch gives the same; two folds one after the other (the
 * second into rows already held) give what one fold gives; removing analyses' tallies subtracts
 * them as a fold of the rest gives; the sums read the same from the summary and the per-article
 * tallies, and a timeline by day (one target read by subscript) as by the view `tallies`; on both
 * backends.
 */
const engine = bundledEngine();
const articles = variouslyDated(120, 21);
const LAST = Math.max(...migrationFiles().map((m) => m.version));

async function importAndAnalyze(store: Store, version: number, part: typeof articles): Promise<void> {
  await store.addArticles(await store.startBatch(["generated.jsonl"]), part.map(newArticle), [], version);
  await analyzeQueued(store, version, inThreadAnalysis(engine), { worker: "test", batchSize: 25, leaseSeconds: 60, lanes: 1 });
  await store.tidy();
}

/** The summary emptied and every analysis folded again at once. */
async function foldAgain(db: Db): Promise<void> {
  await db.exec("DELETE FROM summary_articles; DELETE FROM summary_terms; DELETE FROM summary_tallies; INSERT INTO summary_backlog (analysis_id) SELECT id FROM analyses");
  await db.query("SELECT summary_fold()");
}

/** A target's tally rows as the view `tallies` gives them and as the timeline by day reads them (lib/store/sum-sources.ts). */
const targetRows = (db: Db, target: string, view: boolean) =>
  db.query(
    `SELECT an.content_hash, to_jsonb(t) - 'analysis_id' - 'lexicon_version' AS r FROM analyses an JOIN article_tallies r ON r.analysis_id = an.id
     JOIN LATERAL ${view ? "(SELECT x.* FROM tallies x WHERE x.analysis_id = r.analysis_id AND x.target = ANY($1::text[]))" : tallyRowsOfSql}
     t ON true ORDER BY an.content_hash, t.target, t.resolution`,
    [[target]],
  );
const tallyRowsOfSql = tallyRowsOf("$1::text[]");

describe.each(BACKENDS)("migration 021 on %s PostgreSQL", (kind) => {
  const before: { summary?: unknown[]; version?: number; rows?: number; keys?: number; migrated?: number[] } = {};
  const ctx = storeOf(kind);

  beforeAll(async () => {
    await withRawDb(ctx, async (db) => {
      await db.exec("DROP SCHEMA public CASCADE; CREATE SCHEMA public");
      await migrate(db, 20);
      const store = new Store(db);
      before.version = await store.lexiconVersion(engine);
      await importAndAnalyze(store, before.version, articles);
      before.summary = await summaryTallyRows(db);
      const [old] = await db.query<{ rows: number; keys: number }>(
        "SELECT count(*)::int AS rows, count(DISTINCT (lexicon_version, grain, period, outlet_id))::int AS keys FROM summary_tallies",
      );
      Object.assign(before, old);
      // migrated here to 021 (the store opened again after withRawDb migrates it to the last)
      before.migrated = await migrate(db, 21);
    });
  }, 300_000);

  it("gives back round 11's summary rows as one row per version, grain, period and outlet, and folds the same again", async () => {
    await withRawDb(ctx, async (db) => {
      expect(before.rows).toBeGreaterThan(3 * before.keys!);
      expect(before.migrated).toEqual([21]);
      const [held] = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM summary_tallies");
      expect(held!.n).toBe(before.keys);
      expect(await summaryTallyRows(db)).toEqual(before.summary);
      await foldAgain(db);
      expect(await summaryTallyRows(db)).toEqual(before.summary);
    });
  }, 300_000);

  it("reads the same sums from the summary as from the per-article tallies, and a target's rows by subscript as the view gives them", async () => {
    const store = ctx.store;
    const version = before.version!;
    expect(await store.outletCounts(version, {}, "summary")).toEqual(await store.outletCounts(version, {}, "articles"));
    const from = { from: "2016-03-15", to: "2021-08-02" };
    expect(await store.outletCounts(version, from, "summary")).toEqual(await store.outletCounts(version, from, "articles"));
    const haftar = await store.timeline(version, { target: "haftar", interval: "month" }, {}, "summary");
    expect(haftar.series.length).toBeGreaterThan(0);
    expect(haftar).toEqual(await store.timeline(version, { target: "haftar", interval: "month" }, {}, "articles"));
    await withRawDb(ctx, async (db) => {
      for (const target of ["haftar", "gna", "lna"]) {
        const rows = await targetRows(db, target, false);
        expect(rows.length).toBeGreaterThan(0);
        expect(rows).toEqual(await targetRows(db, target, true));
      }
    });
  }, 300_000);

  it("adds a second import into the rows held as one fold of both gives", async () => {
    await withRawDb(ctx, async (db) => {
      const store = new Store(db);
      await importAndAnalyze(store, before.version!, variouslyDated(60, 22));
      const twice = await summaryTallyRows(db);
      expect(twice).not.toEqual(before.summary);
      await foldAgain(db);
      expect(await summaryTallyRows(db)).toEqual(twice);
    });
  }, 300_000);

  it("subtracts removed analyses' tallies from the summary, as a fold of the rest gives", async () => {
    await withRawDb(ctx, async (db) => {
      const full = await summaryTallyRows(db);
      await db.transaction(async (tx) => {
        await tx.exec("CREATE TEMP TABLE removed AS SELECT analysis_id AS id FROM article_tallies ORDER BY analysis_id LIMIT 40");
        await tx.exec("DELETE FROM article_tallies WHERE analysis_id IN (SELECT id FROM removed); DELETE FROM analyses WHERE id IN (SELECT id FROM removed)");
      });
      const subtracted = await summaryTallyRows(db);
      expect(subtracted).not.toEqual(full);
      expect(subtracted.length).toBeLessThanOrEqual(full.length);
      await foldAgain(db);
      expect(await summaryTallyRows(db)).toEqual(subtracted);
      const [version] = await db.query<{ n: number }>("SELECT max(version)::int AS n FROM schema_version");
      expect(version!.n).toBe(LAST);
    });
  }, 300_000);
});
