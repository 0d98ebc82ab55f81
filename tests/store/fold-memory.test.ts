import { Store } from "../../lib/store";
import { analyzeQueued, inThreadAnalysis } from "../../lib/store/analysis-run";
import { bundledEngine } from "../helpers";
import { BACKENDS, newArticle, storeOf, variouslyDated, withRawDb } from "./backends";

/**
 * Migration 022: the fold runs with 8 MB of work memory, for its transaction only. Embedded
 * PostgreSQL's WebAssembly memory never shrinks, and with 64 MB the final fold of an import of
 * 100,000 articles grew it by 374 MB (the import's peak); the setting is what bounds it. Seen from
 * inside the fold: a statement trigger on the summary's insert records the work memory it runs with.
 */
const engine = bundledEngine();

describe.each(BACKENDS)("the fold's work memory on %s PostgreSQL", (kind) => {
  const ctx = storeOf(kind);

  it("folds with 8 MB of work memory, and leaves the session's own setting as it was", async () => {
    const seen = await withRawDb(ctx, async (db) => {
      await db.exec(`CREATE TABLE fold_work_mem (setting text NOT NULL);
        CREATE FUNCTION record_fold_work_mem() RETURNS trigger LANGUAGE plpgsql AS $$
          BEGIN INSERT INTO fold_work_mem VALUES (current_setting('work_mem')); RETURN NULL; END $$;
        CREATE TRIGGER record_fold_work_mem AFTER INSERT ON summary_articles FOR EACH STATEMENT EXECUTE FUNCTION record_fold_work_mem();
        SET work_mem = '64MB'`);
      const store = new Store(db);
      const version = await store.lexiconVersion(engine);
      await store.addArticles(await store.startBatch(["generated.jsonl"]), variouslyDated(30, 22).map(newArticle), [], version);
      await analyzeQueued(store, version, inThreadAnalysis(engine), { worker: "test", batchSize: 10, leaseSeconds: 60, lanes: 1 });
      await store.foldSummary();
      const [after] = await db.query<{ setting: string }>("SELECT current_setting('work_mem') AS setting");
      return { during: (await db.query<{ setting: string }>("SELECT setting FROM fold_work_mem")).map((r) => r.setting), after: after!.setting };
    });
    expect(seen).toEqual({ during: ["8MB"], after: "64MB" });
  });
});
