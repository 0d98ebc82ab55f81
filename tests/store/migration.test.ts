import fs from "node:fs";
import { analyzeArticleText } from "../../lib/analysis/corpus";
import { listArticleFiles, loadArticles } from "../../lib/corpus/load";
import type { Article } from "../../lib/corpus/schema";
import { lshBands, minhashSignature } from "../../lib/import/fingerprint";
import type { Db } from "../../lib/store/db";
import { openEmbedded } from "../../lib/store/embedded";
import { migrationFiles } from "../../lib/store/migrate";
import { openServer } from "../../lib/store/server";
import { lexiconHash, type Store } from "../../lib/store";
import { analyzeQueued, inThreadAnalysis } from "../../lib/store/analysis-run";
import { ARTICLES, bundledEngine } from "../helpers";
import { BACKENDS, startBackend, type OpenBackend } from "./backends";

/**
 * Migration 003 on a store written before it: the match rows become one match list per analysis
 * (read back exactly as the engine returned them); the hex-text LSH band rows are gone since
 * migration 016 (bands are derived from the signatures the store keeps, so articles imported before
 * and after the migrations still find each other).
 * Migration 004 then drops the analyses that lack the unresolved reading and queues them again.
 */
const seeds: Article[] = [];
for (const loaded of loadArticles(listArticleFiles([ARTICLES]).files)) if ("article" in loaded) seeds.push(loaded.article);
const engine = bundledEngine();

/** The band keys as the store wrote them before migration 003: band number and the four values in hex. */
const hexBands = (signature: readonly number[]): string[] =>
  Array.from({ length: 32 }, (_, b) => `${b}:${signature.slice(b * 4, b * 4 + 4).map((v) => v.toString(16).padStart(8, "0")).join("")}`);

/** Applies the migrations `from`..`to` as the store does, recording each. */
async function applyMigrations(db: Db, from: number, to: number): Promise<void> {
  for (const { version, file } of migrationFiles().filter((m) => m.version >= from && m.version <= to)) {
    await db.exec(fs.readFileSync(file, "utf8"));
    await db.query("INSERT INTO schema_version (version) VALUES ($1)", [version]);
  }
}

/** What migration 003 left, read before the later migrations run. */
interface After003 {
  readonly analyses: Map<string, { words: number; sentence_starts: number[]; sentence_ends: number[]; match_list: unknown[] }>;
  readonly viewRows: number;
}

async function readAfter003(db: Db): Promise<After003> {
  const rows = await db.query<{ source_id: string; words: number; sentence_starts: number[]; sentence_ends: number[]; match_list: unknown[] }>(
    "SELECT a.source_id, an.words, an.sentence_starts, an.sentence_ends, an.match_list FROM analyses an JOIN articles a ON a.content_hash = an.content_hash",
  );
  const [{ n }] = (await db.query<{ n: number }>("SELECT count(*)::int AS n FROM matches")) as [{ n: number }];
  return { analyses: new Map(rows.map(({ source_id, ...rest }) => [source_id, rest])), viewRows: n };
}

/** Writes the seeds, their bands and their analyses in the tables of migrations 001 and 002. */
async function writeOldStore(db: Db): Promise<void> {
  // a new embedded store is copied from a template that holds the schema already (lib/store/embedded-template.ts)
  await db.exec("DROP SCHEMA public CASCADE; CREATE SCHEMA public");
  await db.exec("CREATE TABLE schema_version (version int PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())");
  await applyMigrations(db, 1, 2);
  const [{ id: version }] = (await db.query<{ id: number }>("INSERT INTO lexicon_versions (hash, lexicon_id, version) VALUES ($1, 'x', '1') RETURNING id", [lexiconHash(engine)])) as [{ id: number }];
  const [{ id: outlet }] = (await db.query<{ id: number }>("INSERT INTO outlets (name) VALUES ('o') RETURNING id")) as [{ id: number }];
  for (const [i, a] of seeds.entries()) {
    const hash = `h${i}`;
    const signature = minhashSignature(a.body);
    const [{ id }] = (await db.query<{ id: number }>(
      "INSERT INTO articles (source, source_id, outlet_id, body, content_hash, signature) VALUES ('s', $1, $2, $3, $4, $5) RETURNING id::int AS id",
      [a.id, outlet, a.body, hash, signature.join(",")],
    )) as [{ id: number }];
    await db.query("INSERT INTO article_bands (band, article_id) SELECT unnest($1::text[]), $2", [hexBands(signature), id]);
    // the articles of this old store carry no date, so they are analysed undated
    const analysis = analyzeArticleText(engine, { body: a.body, date: null });
    await db.query("INSERT INTO analyses VALUES ($1, $2, $3, $4::int[], $5::int[])", [
      hash,
      version,
      analysis.words,
      analysis.sentences.map((s) => s.start),
      analysis.sentences.map((s) => s.end),
    ]);
    // one statement per article: the old table's columns, by name
    const rows = analysis.matches.map((m, ord) => ({
      content_hash: hash, lexicon_version: version, ord, term: m.term, form: m.form, text: m.text, start_at: m.start, end_at: m.end,
      token_start: m.token_start, token_end: m.token_end, target: m.target, category: m.category, valence: m.valence, voice: m.voice,
      scare_quoted: m.scare_quoted, cue: m.cue, sentence: m.sentence, parent: m.parent, role: m.role, construction: m.construction,
      resolved: m.resolved, resolved_target: m.resolved?.target ?? null,
    }));
    await db.query("INSERT INTO matches SELECT * FROM json_populate_recordset(NULL::matches, $1::json)", [JSON.stringify(rows)]);
  }
}

describe.each(BACKENDS)("migration 003 on %s PostgreSQL", (kind) => {
  let backend: OpenBackend;
  let store: Store;
  let after003: After003;

  beforeAll(async () => {
    backend = await startBackend(kind);
    const db = backend.env.DATABASE_URL ? await openServer(backend.env.DATABASE_URL) : await openEmbedded(backend.env.ADASA_DATA!, "a test");
    try {
      await writeOldStore(db);
      await applyMigrations(db, 3, 3);
      after003 = await readAfter003(db);
    } finally {
      await db.close();
    }
    store = await backend.open();
  }, 300_000);
  afterAll(async () => {
    await store?.close();
    backend?.stop();
  });

  it("keeps every analysis's matches, in the engine's order and shape", () => {
    expect(after003.analyses.size).toBe(seeds.length);
    for (const a of seeds) {
      const analysis = analyzeArticleText(engine, { body: a.body, date: null });
      expect(after003.analyses.get(a.id)).toEqual({
        words: analysis.words,
        sentence_starts: analysis.sentences.map((s) => s.start),
        sentence_ends: analysis.sentences.map((s) => s.end),
        match_list: JSON.parse(JSON.stringify(analysis.matches)),
      });
    }
  });

  it("then (004) queues again the analyses that lack the unresolved reading, and they come back the same", async () => {
    const version = await store.lexiconVersion(engine);
    const relabelled = seeds.filter((a) => analyzeArticleText(engine, { body: a.body, date: null }).matches.some((m) => m.resolved && m.resolved.target !== m.target));
    expect(relabelled.length).toBeGreaterThan(0);
    expect(await store.enqueueMissing(version)).toBe(relabelled.length);
    await analyzeQueued(store, version, inThreadAnalysis(engine), { worker: "test", batchSize: 10, leaseSeconds: 60, lanes: 1 });
    const stored = new Map<string, unknown>();
    for await (const r of store.results(version)) stored.set(r.article.id, r.analysis);
    expect(stored.size).toBe(seeds.length);
    for (const a of seeds) expect(stored.get(a.id)).toEqual(analyzeArticleText(engine, { body: a.body, date: null }));
  });

  it("keeps the signatures the LSH bands are derived from (migration 016 dropped the band rows)", async () => {
    const db = (store as unknown as { db: Db }).db;
    const rows = await db.query<{ source_id: string; signature: string }>("SELECT source_id, signature FROM articles");
    expect(rows).toHaveLength(seeds.length);
    for (const r of rows) {
      const seed = seeds.find((a) => a.id === r.source_id)!;
      expect(lshBands(r.signature.split(",").map(Number))).toEqual(lshBands(minhashSignature(seed.body)));
    }
    expect(await db.query("SELECT 1 FROM pg_class WHERE relname = 'article_bands'")).toEqual([]);
  });

  it("still answers queries on the matches view, one row per match", () => {
    expect(after003.viewRows).toBe(seeds.reduce((sum, a) => sum + analyzeArticleText(engine, { body: a.body, date: null }).matches.length, 0));
  });
});
