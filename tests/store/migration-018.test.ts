import { Store } from "../../lib/store";
import { analyzeQueued, inThreadAnalysis } from "../../lib/store/analysis-run";
import type { Db } from "../../lib/store/db";
import { migrate } from "../../lib/store/migrate";
import { bundledEngine } from "../helpers";
import { BACKENDS, newArticle, rawDb, storeOf, variouslyDated, writeOlderStore } from "./backends";

/**
 * Migration 018 on a store written by round 8 (migrations 001–017): the tallies' target index goes,
 * the targets some article mentions are read from the summary's year rows and are the ones the
 * tallies hold, and ANALYZE gathers no statistics for the arrays nothing filters by; on both backends.
 */
const engine = bundledEngine();
const articles = variouslyDated(80, 18);

/** The targets some tally row of `version` holds as matched, as round 8 read them (its index on the tallies). */
async function tallyTargets(db: Db, version: number, targets: readonly string[]): Promise<string[]> {
  const rows = await db.query<{ target: string }>(
    `SELECT x.target FROM unnest($2::text[]) AS x(target)
     WHERE EXISTS (SELECT 1 FROM tallies t WHERE t.lexicon_version = $1 AND t.target = x.target AND t.resolution IN ('both', 'unresolved'))`,
    [version, [...targets]],
  );
  return rows.map((r) => r.target).sort();
}

/** The columns of these tables that hold planner statistics. */
async function columnsWithStatistics(db: Db, tables: readonly string[]): Promise<string[]> {
  const rows = await db.query<{ c: string }>("SELECT tablename || '.' || attname AS c FROM pg_stats WHERE schemaname = 'public' AND tablename = ANY($1::text[])", [[...tables]]);
  return rows.map((r) => r.c);
}

// the tallies' arrays are article_tallies' since migration 020: every column of it but the analysis and version
const ARRAYS = ["article_tallies.targets", "article_tallies.resolutions", "article_tallies.mentions_all", "article_tallies.naming_from", "article_tallies.naming_to",
  "article_tallies.naming_terms", "article_tallies.naming_all", "article_tallies.naming_own", "summary_tallies.naming_terms", "summary_tallies.naming_n", "summary_tallies.naming_all", "summary_tallies.naming_own", "analyses.term_counts", "analysis_matches.codes", "analysis_matches.string_ids"];

describe.each(BACKENDS)("migration 018 on %s PostgreSQL", (kind) => {
  const before: { version?: number; targets?: string[] } = {};
  const ctx = storeOf(kind);
  const lexiconTargets = [...engine.lexicon.targets.keys(), "هدف لا يذكره أحد"];

  beforeAll(async () => {
    await ctx.store.close();
    const db = await rawDb(ctx.backend);
    try {
      await db.exec("DROP SCHEMA public CASCADE; CREATE SCHEMA public");
      const store = new Store(db);
      let version = 0;
      await writeOlderStore(db, 17, async () => {
        version = await store.lexiconVersion(engine);
        await store.addArticles(await store.startBatch(["generated.jsonl"]), articles.map(newArticle), [], version);
        await analyzeQueued(store, version, inThreadAnalysis(engine), { worker: "test", batchSize: 25, leaseSeconds: 60, lanes: 1 });
        await store.tidy();
      });
      before.version = version;
      before.targets = await tallyTargets(db, version, lexiconTargets);
    } finally {
      await db.close();
      ctx.store = await ctx.backend.open();
    }
  }, 300_000);

  it("reads the mentioned targets from the summary: the ones the tallies hold", async () => {
    const { store } = ctx;
    expect(before.targets!.length).toBeGreaterThan(1);
    expect(before.targets).not.toContain("هدف لا يذكره أحد");
    expect([...(await store.mentionedTargets(before.version!, lexiconTargets))].sort()).toEqual(before.targets);
  });

  it("drops the tallies' target index, and a fresh ANALYZE gathers no statistics for the arrays", async () => {
    await ctx.store.close();
    const db = await rawDb(ctx.backend);
    try {
      expect(await db.query("SELECT 1 FROM pg_indexes WHERE indexname = 'tallies_target'")).toEqual([]);
      // statistics gathered before the migration stay (deleting them needs a superuser): a fresh store's
      await db.exec("DROP SCHEMA public CASCADE; CREATE SCHEMA public");
      await migrate(db);
      const store = new Store(db);
      const version = await store.lexiconVersion(engine);
      await store.addArticles(await store.startBatch(["generated.jsonl"]), articles.map(newArticle), [], version);
      await analyzeQueued(store, version, inThreadAnalysis(engine), { worker: "test", batchSize: 25, leaseSeconds: 60, lanes: 1 });
      await store.tidy();
      const gathered = await columnsWithStatistics(db, ["article_tallies", "summary_tallies", "analyses", "analysis_matches"]);
      expect(gathered).toEqual(expect.arrayContaining(["article_tallies.analysis_id", "summary_tallies.period", "analyses.content_hash"]));
      expect(gathered.filter((c) => ARRAYS.includes(c))).toEqual([]);
      expect([...(await store.mentionedTargets(version, lexiconTargets))].sort()).toEqual(await tallyTargets(db, version, lexiconTargets));
    } finally {
      await db.close();
      ctx.store = await ctx.backend.open();
    }
  }, 300_000);
});
