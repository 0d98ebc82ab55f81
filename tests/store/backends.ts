import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Article } from "../../lib/corpus/schema";
import { openStore, type NewArticle, type Store } from "../../lib/store";
import type { Db } from "../../lib/store/db";
import { migrate, migrationFiles } from "../../lib/store/migrate";
import { openEmbedded } from "../../lib/store/embedded";
import { openServer } from "../../lib/store/server";
import { generateArticles } from "../../scripts/corpus-gen";
import { startPostgres, type RunningPostgres } from "./postgres";

/** The two stores every store test runs against: embedded (a temporary ADASA_DATA) and a real server. */
export type Backend = "embedded" | "server";
export const BACKENDS: readonly Backend[] = ["embedded", "server"];

export interface OpenBackend {
  readonly env: Record<string, string>;
  open(holder?: string): Promise<Store>;
  stop(): void;
}

export async function startBackend(kind: Backend): Promise<OpenBackend> {
  if (kind === "embedded") {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "adasa-store-"));
    const env = { ADASA_DATA: dir, DATABASE_URL: "" };
    return { env, open: (holder = "a test") => openStore(holder, env), stop: () => fs.rmSync(dir, { recursive: true, force: true }) };
  }
  const server: RunningPostgres = await startPostgres();
  const env = { DATABASE_URL: server.url };
  return { env, open: (holder = "a test") => openStore(holder, env), stop: () => server.stop() };
}

/** A corpus article as the store takes it (the import pipeline does the same from its own readers). */
export function newArticle(article: Article): NewArticle {
  return {
    source: article.path,
    line: null,
    sourceId: article.id,
    outlet: article.outlet,
    outletEn: article.outlet_en,
    date: article.date,
    title: article.title,
    url: article.url,
    language: "ar",
    encoding: article.encoding,
    body: article.body,
    contentHash: createHash("sha256").update(article.body).digest("hex"),
    signature: [],
    bands: [],
  };
}

/**
 * A store of `kind` opened before the enclosing describe's tests and closed after them: `ctx.store` in the
 * tests (a test that closes it to reach the database directly opens it again into `ctx.store`).
 */
export function storeOf(kind: Backend, setUp?: (store: Store) => Promise<void>): { readonly backend: OpenBackend; store: Store } {
  const ctx = {} as { backend: OpenBackend; store: Store };
  beforeAll(async () => {
    ctx.backend = await startBackend(kind);
    ctx.store = await ctx.backend.open();
    await setUp?.(ctx.store);
  }, 300_000);
  afterAll(async () => {
    await ctx.store?.close();
    ctx.backend?.stop();
  });
  return ctx;
}

/** `count` generated articles dated by the day, the month, the year alone, or not at all (the summary's grains and its undated period). */
export function variouslyDated(count: number, seed: number): Article[] {
  return [...generateArticles(count, seed)].map((g, i) => ({
    path: "generated.jsonl",
    id: g.id,
    outlet: g.outlet,
    outlet_en: null,
    title: g.title,
    date: i % 11 === 0 ? null : i % 7 === 0 ? g.date.slice(0, 4) : i % 5 === 0 ? g.date.slice(0, 7) : g.date,
    url: null,
    body: g.text,
    encoding: "utf-8",
    meta: {},
  }));
}

/** The backend's database itself, below the Store (a test writing an older store's schema). */
export const rawDb = (backend: OpenBackend): Promise<Db> =>
  backend.env.DATABASE_URL ? openServer(backend.env.DATABASE_URL) : openEmbedded(backend.env.ADASA_DATA!, "a test");

/** Runs `work` on the backend's database itself, with `ctx.store` closed for it and opened again after, also when it throws. */
export async function withRawDb<T>(ctx: { readonly backend: OpenBackend; store: Store }, work: (db: Db) => Promise<T>): Promise<T> {
  await ctx.store.close();
  const db = await rawDb(ctx.backend);
  try {
    return await work(db);
  } finally {
    await db.close();
    ctx.store = await ctx.backend.open();
  }
}

/**
 * summary_tallies in key order, a row per (grain, version, target, period, outlet, reading), each row's
 * naming terms as one term-ordered list of [term, n, all, own]: the fold gathers the four arrays in step
 * but in no particular term order (migration 019). Since migration 021 a summary row holds every target's
 * sums as arrays: the view summary_tally_rows gives the former rows back.
 */
export const summaryTallyRows = async (db: Pick<Db, "query">): Promise<unknown[]> => {
  const [row] = await db.query<{ table: string }>("SELECT CASE WHEN to_regclass('summary_tally_rows') IS NULL THEN 'summary_tallies' ELSE 'summary_tally_rows' END AS table");
  return db.query(`SELECT to_jsonb(s) - 'naming_terms' - 'naming_n' - 'naming_all' - 'naming_own'
      || jsonb_build_object('naming', (SELECT coalesce(jsonb_agg(jsonb_build_array(x.term, x.n, x.count_all, x.count_own) ORDER BY x.term), '[]')
                                       FROM unnest(s.naming_terms, s.naming_n, s.naming_all, s.naming_own) AS x(term, n, count_all, count_own))) AS r
    FROM (SELECT * FROM ${row!.table} ORDER BY lexicon_version, grain, target, period, outlet_id, resolution) s`);
};

/**
 * The tallies put back as round 10's table (migrations 001–019 held a row per target and reading
 * there; 020 made them one row per analysis, read through the view `tallies`), and migration 020
 * marked not applied, so that `migrate` converts them again.
 */
export async function tallyRowsAsRound10(db: Pick<Db, "exec">): Promise<void> {
  await db.exec(`CREATE TABLE round10_tallies AS SELECT * FROM tallies;
    DROP TABLE article_tallies CASCADE;
    ALTER TABLE round10_tallies RENAME TO tallies;
    ALTER TABLE tallies ADD PRIMARY KEY (analysis_id, target, resolution);
    CREATE TRIGGER tallies_summary_fold BEFORE DELETE ON tallies FOR EACH STATEMENT EXECUTE FUNCTION summary_fold_first();
    CREATE TRIGGER tallies_summary_remove AFTER DELETE ON tallies REFERENCING OLD TABLE AS old_rows
      FOR EACH STATEMENT EXECUTE FUNCTION summary_follow('summary_tallies');
    DELETE FROM schema_version WHERE version = 20;`);
}

/**
 * A store of migrations 001–`until` (before 020) written by this code (`write`), for a test of a
 * later migration: this code writes an analysis' tallies as migration 020's one row, so 020 is
 * applied for the writes and the rows then put back as round 10's table (tallyRowsAsRound10).
 */
export async function writeOlderStore(db: Db, until: number, write: () => Promise<void>): Promise<void> {
  await migrate(db, until);
  const file = migrationFiles().find((m) => m.version === 20)!.file;
  await db.transaction(async (tx) => {
    await tx.exec(fs.readFileSync(file, "utf8"));
    await tx.query("INSERT INTO schema_version (version) VALUES (20)");
  });
  await write();
  await tallyRowsAsRound10(db);
  // the index migration 002 made and 018 drops
  if (until < 18) await db.exec("CREATE INDEX tallies_target ON tallies (lexicon_version, target)");
}
