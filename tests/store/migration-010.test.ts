import fs from "node:fs";
import { analyzeArticleText } from "../../lib/analysis/corpus";
import { readings as countsOf } from "../../lib/analysis/record";
import { period } from "../../lib/corpus/date";
import { contentHash } from "../../lib/import/fingerprint";
import type { Db } from "../../lib/store/db";
import { openEmbedded } from "../../lib/store/embedded";
import { migrationFiles } from "../../lib/store/migrate";
import { openServer } from "../../lib/store/server";
import { lexiconHash } from "../../lib/store";
import { generateArticles } from "../../scripts/corpus-gen";
import { bundledEngine } from "../helpers";
import { BACKENDS, storeOf } from "./backends";

/**
 * Migration 010 on a store written by round 4 (tallies keyed by content hash, the summary kept by
 * triggers at four grains): the tallies find their analysis's id, the `d` grain goes, and the
 * summary still equals the per-article sums, for outlets, a date range and every interval.
 */
const engine = bundledEngine();
const articles = [...generateArticles(80, 5)].map((g, i) => ({ ...g, date: i % 9 === 0 ? g.date.slice(0, 7) : g.date }));

/** Migrations 001–009 and, in their tables, analysed articles as round 4 wrote them (its triggers fill the summary). */
async function writeRound4Store(db: Db): Promise<void> {
  await db.exec("CREATE TABLE schema_version (version int PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())");
  for (const { version, file } of migrationFiles().filter((m) => m.version <= 9)) {
    await db.exec(fs.readFileSync(file, "utf8"));
    await db.query("INSERT INTO schema_version (version) VALUES ($1)", [version]);
  }
  const [{ id: version }] = (await db.query<{ id: number }>("INSERT INTO lexicon_versions (hash, lexicon_id, version) VALUES ($1, 'x', '1') RETURNING id", [lexiconHash(engine)])) as [{ id: number }];
  const [{ id: batch }] = (await db.query<{ id: number }>("INSERT INTO import_batches (sources) VALUES ('{g}') RETURNING id")) as [{ id: number }];
  for (const a of articles) {
    const hash = contentHash(a.text);
    const [outlet] = await db.query<{ id: number }>("INSERT INTO outlets (name) VALUES ($1) ON CONFLICT (name) DO UPDATE SET name = EXCLUDED.name RETURNING id", [a.outlet]);
    const [from, to] = period(a.date);
    await db.query("INSERT INTO articles (source, source_id, outlet_id, date, date_from, date_to, title, body, content_hash, batch_id) VALUES ('g', $1, $2, $3, $4, $5, $6, $7, $8, $9)", [
      a.id, outlet!.id, a.date, from, to, a.title, a.text, hash, batch,
    ]);
    const analysis = analyzeArticleText(engine, { body: a.text, date: a.date });
    const r = countsOf(engine, analysis);
    await db.query("INSERT INTO analyses (content_hash, lexicon_version, words, sentence_starts, sentence_ends, match_list) VALUES ($1, $2, $3, $4::int[], $5::int[], $6::json)", [
      hash, version, analysis.words, analysis.sentences.map((s) => s.start), analysis.sentences.map((s) => s.end), JSON.stringify(analysis.matches),
    ]);
    const readings = r.unresolvedCounts === null ? [["both", r.counts] as const] : [["resolved", r.counts] as const, ["unresolved", r.unresolvedCounts] as const];
    for (const [resolution, counts] of readings) {
      for (const c of counts) {
        await db.query(
          `INSERT INTO tallies (content_hash, lexicon_version, target, mentions_all, mentions_own, loaded_all, loaded_own, stance_sum, stance_n, scare_quoted, author, quoted, attributed, resolution)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
          [hash, version, c.target, c.mentions.all, c.mentions.own, c.loaded.all, c.loaded.own, c.stanceSum, c.stanceN, c.scareQuoted, c.voices.author, c.voices.quoted, c.voices.attributed, resolution],
        );
        for (const [term, n] of c.naming) {
          await db.query("INSERT INTO naming_tallies (content_hash, lexicon_version, target, term, count_all, count_own, resolution) VALUES ($1, $2, $3, $4, $5, $6, $7)", [
            hash, version, c.target, term, n.all, n.own, resolution,
          ]);
        }
      }
    }
  }
}

describe.each(BACKENDS)("migration 010 on %s PostgreSQL", (kind) => {
  const before: { tallies?: number; naming?: number; dRows?: number } = {};
  const ctx = storeOf(kind);

  beforeAll(async () => {
    // the round-4 store is written before the helper's store opens it (and migrates it)
    await ctx.store.close();
    const db = ctx.backend.env.DATABASE_URL ? await openServer(ctx.backend.env.DATABASE_URL) : await openEmbedded(ctx.backend.env.ADASA_DATA!, "a test");
    try {
      await db.exec("DROP SCHEMA public CASCADE; CREATE SCHEMA public");
      await writeRound4Store(db);
      const count = async (sql: string) => (await db.query<{ n: number }>(sql))[0]!.n;
      before.tallies = await count("SELECT count(*)::int AS n FROM tallies");
      before.naming = await count("SELECT count(*)::int AS n FROM naming_tallies");
      before.dRows = await count("SELECT count(*)::int AS n FROM summary_naming WHERE grain = 'd'");
    } finally {
      await db.close();
    }
    ctx.store = await ctx.backend.open();
  }, 300_000);

  it("keys every tally by its analysis, drops the day grain, and keeps the summary equal to the per-article sums", async () => {
    expect(before.dRows).toBeGreaterThan(0);
    const { store } = ctx;
    const version = await store.lexiconVersion(engine);
    const all = await store.outletCounts(version, {}, "summary");
    expect(all.reduce((n, o) => n + o.articles, 0)).toBe(articles.length);
    expect(all).toEqual(await store.outletCounts(version, {}, "articles"));
    const range = { from: "2016-03-15", to: "2019-08-20" };
    expect(await store.outletCounts(version, range, "summary")).toEqual(await store.outletCounts(version, range, "articles"));
    for (const interval of ["day", "week", "month"] as const) {
      expect(await store.timeline(version, { target: "haftar", interval }, range, "summary")).toEqual(await store.timeline(version, { target: "haftar", interval }, range, "articles"));
    }
    // the rows survived the re-keying: as many as before, every one with its analysis
    const db = ctx.backend.env.DATABASE_URL ? await openServer(ctx.backend.env.DATABASE_URL) : undefined;
    if (db) {
      try {
        const count = async (sql: string) => (await db.query<{ n: number }>(sql))[0]!.n;
        expect(await count("SELECT count(*)::int AS n FROM tallies t JOIN analyses an ON an.id = t.analysis_id")).toBe(before.tallies);
        // (migration 011 then moved the naming rows into their tally rows' arrays)
        expect(await count("SELECT coalesce(sum(cardinality(t.naming_terms)), 0)::int AS n FROM tallies t JOIN analyses an ON an.id = t.analysis_id")).toBe(before.naming);
        // (migration 015 then moved the summary's naming rows into its tally rows' arrays)
        expect(await count("SELECT count(*)::int AS n FROM summary_tallies WHERE grain = 'd'")).toBe(0);
      } finally {
        await db.close();
      }
    }
  }, 300_000);
});
