import { Store, type NewArticle } from "../../lib/store";
import { analyzeRecord } from "../../lib/analysis/record";
import type { Db } from "../../lib/store/db";
import { bundledEngine } from "../helpers";
import { BACKENDS, newArticle, storeOf, summaryTallyRows, variouslyDated, withRawDb } from "./backends";

/**
 * An import's own sums for the summary (lib/store/pending-sums.ts): the fold at the
 * end of an import writes the rows it summed as its batches committed, and the summary holds what a
 * fold of every analysis by SQL from scratch gives: for a first import (every key new), a second
 * import into the rows held (merged), the same file again (nothing added), an import whose analyses
 * a fold by SQL took midway (the sums set aside), and after analyses are removed; on both backends.
 */
const engine = bundledEngine();

/** The three summary tables in key order, summary_tallies a row per element with its naming terms in term order. */
async function summary(db: Pick<Db, "query">): Promise<unknown[]> {
  return [
    await db.query("SELECT * FROM summary_articles ORDER BY lexicon_version, grain, period, outlet_id"),
    await db.query("SELECT * FROM summary_terms ORDER BY lexicon_version, target_id, term_id, outlet_id"),
    await summaryTallyRows(db),
  ];
}

/** The summary emptied and every analysis folded again at once, by SQL; the summary after it. */
async function foldedAgain(db: Db): Promise<unknown[]> {
  await db.exec("DELETE FROM summary_articles; DELETE FROM summary_terms; DELETE FROM summary_tallies; INSERT INTO summary_backlog (analysis_id) SELECT id FROM analyses");
  await db.query("SELECT summary_fold()");
  return summary(db);
}

/** `articles` imported with their analyses, in batches of 20 (as `adasa import` saves them); `between` runs after each batch. */
async function importAnalysed(store: Store, articles: readonly NewArticle[], between?: () => Promise<void>): Promise<number> {
  const version = await store.lexiconVersion(engine);
  const batch = await store.startBatch(["generated.jsonl"]);
  let imported = 0;
  for (let i = 0; i < articles.length; i += 20) {
    const part = articles.slice(i, i + 20);
    const records = part.map((a) => analyzeRecord(engine, { contentHash: a.contentHash, body: a.body, date: a.date }));
    imported += (await store.addArticles(batch, part, [], version, records)).imported;
    await between?.();
  }
  return imported;
}

/** The SQL fold made to fail, so that a fold which still succeeds took the import's own sums. */
const SQL_FOLD_REFUSED = `ALTER FUNCTION summary_fold() RENAME TO summary_fold_kept;
  CREATE FUNCTION summary_fold() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'the SQL fold ran'; END $$;`;
const SQL_FOLD_RESTORED = "DROP FUNCTION summary_fold(); ALTER FUNCTION summary_fold_kept() RENAME TO summary_fold;";

describe.each(BACKENDS)("an import's own sums for the summary on %s PostgreSQL", (kind) => {
  const ctx = storeOf(kind);
  const first = variouslyDated(90, 31).map(newArticle);
  const second = variouslyDated(70, 32).map(newArticle);

  it("fold a first import, then a second into the rows held, as a fold of every analysis by SQL gives; the same file again adds nothing", async () => {
    await withRawDb(ctx, async (db) => {
      const store = new Store(db);
      for (const [articles, expected] of [[first, first.length], [second, second.length], [first, 0]] as const) {
        expect(await importAnalysed(store, articles)).toBe(expected);
        // nothing new (the same file again): the fold by SQL finds an empty backlog
        if (expected > 0) await db.exec(SQL_FOLD_REFUSED);
        try {
          await store.tidy();
        } finally {
          if (expected > 0) await db.exec(SQL_FOLD_RESTORED);
        }
        const written = await summary(db);
        expect((written[0] as unknown[]).length).toBeGreaterThan(0);
        expect(await foldedAgain(db)).toEqual(written);
      }
    });
  }, 300_000);

  it("set their sums aside when a fold by SQL took some of their analyses midway", async () => {
    await withRawDb(ctx, async (db) => {
      const store = new Store(db);
      let batches = 0;
      // a reader's fold after the first batch, through the database itself (another connection on a server)
      await importAnalysed(store, variouslyDated(50, 33).map(newArticle), async () => {
        if (batches++ === 0) await db.query("SELECT summary_fold()");
      });
      await store.tidy();
      const written = await summary(db);
      expect(await foldedAgain(db)).toEqual(written);
    });
  }, 300_000);

  it("leave a summary from which removed analyses subtract as a fold of the rest gives", async () => {
    await withRawDb(ctx, async (db) => {
      const store = new Store(db);
      await importAnalysed(store, variouslyDated(40, 34).map(newArticle));
      await store.tidy();
      await db.transaction(async (tx) => {
        await tx.exec("CREATE TEMP TABLE removed AS SELECT analysis_id AS id FROM article_tallies ORDER BY analysis_id DESC LIMIT 30");
        await tx.exec("DELETE FROM article_tallies WHERE analysis_id IN (SELECT id FROM removed); DELETE FROM analyses WHERE id IN (SELECT id FROM removed)");
      });
      const subtracted = await summary(db);
      expect(await foldedAgain(db)).toEqual(subtracted);
    });
  }, 300_000);
});
