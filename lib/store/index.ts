import { createHash } from "node:crypto";
import path from "node:path";
import { z } from "zod";
import type { Engine } from "../analysis/engine";
import { claimJobs, enqueueMissing, lexiconVersionId, pendingJobs, saveAnalyses } from "./analyses";
import { outletCounts, timeline } from "./aggregates";
import type { SumSource } from "./sum-sources";
import { insertArticles, insertProblems, reserveArticleIds, type ArticleWrite } from "./articles";
import { BandIndex } from "./band-index";
import { linkCommitted, linkLeftovers } from "./link-pass";
import type { Fingerprinted } from "./near-duplicates";
import { binaryArray } from "./binary-array";
import { ClassSessions } from "./classes";
import { articlePage, mentionedTargets, outletNames, sameStory, storedArticle, storyPair, termOutlets } from "./browse";
import { corpusOverview, importProblems, knownProblems, updateOutlet } from "./corpus";
import type { Db } from "./db";
import { openEmbedded, type EmbeddedOptions } from "./embedded";
import { knownExport, knownExportSize, rememberExports, type ExportRead } from "./import-sources";
import type { ExportIdentity } from "../import";
import { foldSummary } from "./fold";
import { foldPending, PendingSums, type ArticlePlace, type SavedAnalysis } from "./pending-sums";
import { migrate } from "./migrate";
import { CANDIDATES_PER_BAND } from "./near-duplicates";
import { storePassages, type StorePassageQuery } from "./passages";
import { readResults, sampleResults } from "./results";
import { openServer } from "./server";
import { TimelineQuerySchema } from "./timeline-query";
import type { AddedArticles, AnalysisRecord, ImportProblem, NewArticle, OutletMeta, StoreFilter } from "./types";
import { WalCheckpoints } from "./wal";

export type * from "./types";
export type { CorpusOverview, OutletSummary } from "./corpus";
export type { StorePassageQuery } from "./passages";
export type { ArticleListItem, ArticlePage } from "./browse";
export { StoreLockedError, type StoreHolder } from "./lock";
export type { EmbeddedOptions } from "./embedded";
export { StoreLostError } from "./socket-client";
export type { ClassSession, ClassStudent, MissedTerm, StudentAnswer, StudentResult } from "./classes";
export { problemOfImport } from "./corpus";
export { storeFilterOf } from "./selection";
export { TimelineQuerySchema, INTERVALS } from "./timeline-query";

/**
 * The store: the corpus, its analyses and the work queue in PostgreSQL, behind
 * queries by meaning. The same SQL runs on embedded PostgreSQL and on a
 * server; callers never see which.
 */
export class Store {
  private readonly checkpoints: WalCheckpoints;
  /** The near-duplicate bands' holders, read from the stored signatures on the first batch that needs them. */
  private readonly bands = new BandIndex(CANDIDATES_PER_BAND);
  /** The summary's sums of the analyses imported since the last fold (pending-sums.ts). */
  private readonly pending = new PendingSums();

  constructor(private readonly db: Db) {
    this.checkpoints = new WalCheckpoints(db);
  }

  get kind(): Db["kind"] {
    return this.db.kind;
  }
  get where(): string {
    return this.db.where;
  }

  close(): Promise<void> {
    return this.db.close();
  }

  /** The id of the engine's lexicon version (registered when new). */
  lexiconVersion(engine: Engine): Promise<number> {
    const { lexicon } = engine.lexicon;
    return lexiconVersionId(this.db, lexiconHash(engine), lexicon.id, lexicon.version);
  }

  async startBatch(sources: readonly string[]): Promise<number> {
    const rows = await this.db.query<{ id: number }>("INSERT INTO import_batches (sources) VALUES ($1::text[]) RETURNING id", [[...sources]]);
    return rows[0]!.id;
  }

  /**
   * Adds articles and the problems met reading them in one transaction: all of the batch, or nothing.
   * With `analyses` (the articles analysed with `lexiconVersion` while they were read), those are
   * saved in the same transaction instead of queued: no job, and no second read of the bodies.
   */
  async addArticles(batchId: number, articles: readonly NewArticle[], problems: readonly ImportProblem[], lexiconVersion: number, analyses?: readonly AnalysisRecord[]): Promise<AddedArticles> {
    const { imported, duplicates, nearDuplicates } = await this.writeArticles(batchId, articles, problems, lexiconVersion, analyses, {});
    return { imported, duplicates, nearDuplicates };
  }

  /**
   * addArticles for a batch written while others are (several connections): the articles take the
   * ids reserved for them (`reserveArticleIds`), and their near-duplicate links are left to
   * `linkArticles`, given the `fresh` articles this returns, once every earlier batch is linked.
   */
  addArticlesToLink(batchId: number, articles: readonly NewArticle[], problems: readonly ImportProblem[], lexiconVersion: number, analyses: readonly AnalysisRecord[] | undefined, ids: readonly number[]): Promise<AddedArticles & { fresh: Fingerprinted[] }> {
    return this.writeArticles(batchId, articles, problems, lexiconVersion, analyses, { ids, linkLater: true });
  }

  private async writeArticles(batchId: number, articles: readonly NewArticle[], problems: readonly ImportProblem[], lexiconVersion: number, analyses: readonly AnalysisRecord[] | undefined, write: ArticleWrite) {
    const saved: SavedAnalysis[] = [];
    const { outlets, ...added } = await this.db.transaction(async (tx) => {
      const { ids, ...added } = await insertArticles(tx, batchId, articles, lexiconVersion, this.bands, analyses === undefined, write);
      await insertProblems(tx, batchId, problems);
      if (analyses) await saveAnalyses(tx, lexiconVersion, analyses.filter((r) => ids.has(r.contentHash)), saved);
      return added;
    });
    // committed: the summary's sums of these analyses are ready for the next fold
    if (saved.length > 0) this.pending.add(lexiconVersion, saved, placesOf(articles, outlets));
    await this.checkpoints.wrote(articles.length);
    return added;
  }

  /** `n` article ids in read order, for a batch written with others at once (addArticles' `write.ids`). */
  reserveArticleIds(n: number): Promise<number[]> {
    return reserveArticleIds(this.db, n);
  }
  /** Links a committed batch written with `linkLater` (batches in the order they were read); how many were linked. */
  linkArticles(articles: readonly Fingerprinted[]): Promise<number> {
    return linkCommitted(this.db, articles, this.bands);
  }
  /** Links what a killed import committed but did not link (migration 017); how many were linked. */
  linkLeftovers(): Promise<number> {
    return linkLeftovers(this.db, this.bands);
  }

  /** What the store remembers of an export file imported whole before (migration 008), if it was. */
  knownExport(identity: ExportIdentity) {
    return knownExport(this.db, identity);
  }
  /** Whether an export file of this size was imported whole with these read options. */
  knownExportSize(size: number, options: string): Promise<boolean> {
    return knownExportSize(this.db, size, options);
  }
  /** Remembers export files read whole; call once every batch of their rows is committed. */
  rememberExports(batchId: number, reads: readonly ExportRead[]): Promise<void> {
    return rememberExports(this.db, batchId, reads);
  }

  /** Which of these content hashes the store holds already. */
  async knownHashes(hashes: readonly string[]): Promise<Set<string>> {
    if (hashes.length === 0) return new Set();
    const rows = await this.db.query<{ content_hash: string }>("SELECT content_hash FROM articles WHERE content_hash = ANY($1::text[])", [binaryArray("text", hashes)]);
    return new Set(rows.map((r) => r.content_hash));
  }

  /**
   * After a bulk write (an import, a run of analyses): fresh planner statistics, and the finished
   * jobs' dead rows cleared. Embedded PostgreSQL runs no autovacuum, so without this every query
   * was planned for empty tables and the job queue's scan grew with every job ever done.
   */
  async tidy(): Promise<void> {
    await this.db.exec("VACUUM analysis_jobs");
    await this.db.exec("ANALYZE articles, analyses, analysis_matches, article_tallies, match_strings, analysis_jobs");
    // the summary filled once, set-based, over the fresh statistics (migration 010)
    await this.foldSummary();
    await this.db.exec("VACUUM summary_backlog");
    await this.db.exec("ANALYZE summary_articles, summary_tallies, summary_terms");
  }

  /** Queues every article not yet analysed with this lexicon version; how many were queued. */
  enqueueMissing(version: number): Promise<number> {
    return enqueueMissing(this.db, version);
  }
  claimJobs(version: number, worker: string, limit: number, leaseSeconds: number) {
    return claimJobs(this.db, version, worker, limit, leaseSeconds);
  }
  pendingJobs(version: number): Promise<number> {
    return pendingJobs(this.db, version);
  }
  /** Saves analyses and closes their jobs in one transaction; how many were new. */
  async saveAnalyses(version: number, records: readonly AnalysisRecord[]): Promise<number> {
    const saved = await this.db.transaction((tx) => saveAnalyses(tx, version, records));
    await this.checkpoints.wrote(records.length);
    return saved;
  }

  results(version: number, filter: StoreFilter = {}, pageSize?: number) {
    return readResults(this.db, version, filter, pageSize);
  }
  /**
   * Folds the analyses saved since the last fold into the summary (migration 010); how many. The
   * readers of the sums below call it first; a bulk write calls it once at its end (`tidy`). The
   * analyses this store's imports saved are folded with the sums the import added up as it went
   * (pending-sums.ts) when nothing else folded or queued meanwhile, else by SQL.
   */
  foldSummary(): Promise<number> {
    if (this.pending.size === 0) return foldSummary(this.db);
    const pending = this.pending.take();
    return this.db.transaction((tx) => foldPending(tx, pending));
  }
  /** Per-outlet sums; from the summary unless the filter lists articles (`source` "articles": the per-article sums the summary must equal). */
  async outletCounts(version: number, filter: StoreFilter = {}, source?: SumSource) {
    await this.foldSummary();
    return outletCounts(this.db, version, filter, source);
  }
  /** Framing over time; the query's defaults (month, all outlets, all voices) filled in. */
  async timeline(version: number, query: z.input<typeof TimelineQuerySchema>, selection?: StoreFilter, source?: SumSource) {
    await this.foldSummary();
    return timeline(this.db, version, TimelineQuerySchema.parse(query), selection, source);
  }
  passages(version: number, query: StorePassageQuery, limit?: number, offset?: number) {
    return storePassages(this.db, version, query, limit, offset);
  }
  overview(version: number) {
    return corpusOverview(this.db, version);
  }
  problems(limit?: number) {
    return importProblems(this.db, limit);
  }
  updateOutlet(meta: OutletMeta): Promise<boolean> {
    return updateOutlet(this.db, meta);
  }

  /** The data version (migration 009): it moves on with every write a page shows (articles, analyses, outlets, import problems), whoever writes. */
  async dataVersion(): Promise<string> {
    const [row] = await this.db.query<{ n: string }>("SELECT n::text AS n FROM data_version");
    return row!.n;
  }
  /** A bounded sample of the analysed articles: each outlet's `perOutlet` latest (discovery). */
  sample(version: number, perOutlet: number) {
    return sampleResults(this.db, version, perOutlet);
  }

  /** Class sessions: codes, students and their answers (classroom mode). */
  get classes(): ClassSessions {
    return new ClassSessions(this.db);
  }

  /**
   * Gathers the planner's statistics (ANALYZE) when they are missing or `force`: embedded
   * PostgreSQL runs no autovacuum, and without statistics the planner takes a table of
   * 10,000 rows for 100 and sums the tallies by nested loops (27 s instead of 2 s for a time series).
   */
  async refreshStatistics(force = false): Promise<void> {
    const [never] = await this.db.query<{ never: boolean }>("SELECT coalesce(bool_or(reltuples < 0), true) AS never FROM pg_class WHERE relname IN ('articles', 'analyses', 'article_tallies')");
    if (force || never!.never) await this.tidy();
  }

  // what the web pages read besides sums: pages and lookups, bounded whatever the corpus (browse.ts)
  async articlePage(version: number, filter: StoreFilter, offset: number, limit: number) {
    await this.foldSummary();
    return articlePage(this.db, version, filter, offset, limit);
  }
  article(version: number, id: string) {
    return storedArticle(this.db, version, id);
  }
  sameStory(version: number, id: string, limit: number) {
    return sameStory(this.db, version, id, limit);
  }
  storyPair(version: number) {
    return storyPair(this.db, version);
  }
  async termOutlets(version: number, terms: readonly { term: string; target: string }[]) {
    await this.foldSummary();
    return termOutlets(this.db, version, terms);
  }
  outletNames() {
    return outletNames(this.db);
  }
  async mentionedTargets(version: number, targets: readonly string[]) {
    await this.foldSummary();
    return mentionedTargets(this.db, version, targets);
  }
  /** Import problems already recorded under these roots (a corpus folder imported again at each start records each once). */
  knownProblems(roots: readonly string[]) {
    return knownProblems(this.db, roots);
  }
}

/** Each article's place in the summary (its outlet's id and its date), by content hash. */
function placesOf(articles: readonly NewArticle[], outlets: ReadonlyMap<string, number>): Map<string, ArticlePlace> {
  return new Map(articles.map((a) => [a.contentHash, { outletId: outlets.get(a.outlet)!, date: a.date }]));
}

/** A lexicon version is the hash of what decides an analysis: the compiled lexicon and the voice cues. */
export function lexiconHash(engine: Engine): string {
  return createHash("sha256").update(JSON.stringify([engine.lexicon.lexicon, engine.voice.cues])).digest("hex").slice(0, 16);
}

const blankIsUnset = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

/** DATABASE_URL (a PostgreSQL server) else ADASA_DATA (default ./data, embedded). */
export const StoreEnvSchema = z.object({
  DATABASE_URL: z.preprocess(blankIsUnset, z.string().regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL").optional()),
  ADASA_DATA: z.preprocess(blankIsUnset, z.string().default("data")),
  /**
   * "1": the embedded store's pglite runs in a thread of its own (thread-session.ts). Off by default: at
   * 10,000 articles on an idle machine it saved no time and held 20–80 MB more (README, round 9).
   */
  ADASA_PGLITE_THREAD: z.preprocess(blankIsUnset, z.enum(["0", "1"], { message: 'must be "0" or "1"' }).default("0")),
});

/**
 * Opens the store the environment names and brings its schema up to date.
 * `holder` says who holds an embedded store ("the web server", "adasa import"),
 * for the message another process gets; `embedded` whether this process serves
 * it to others, and how it learns it goes through another holder's socket.
 */
export async function openStore(holder: string, env: Readonly<Record<string, string | undefined>> = process.env, embedded: EmbeddedOptions = {}): Promise<Store> {
  const parsed = StoreEnvSchema.safeParse(env);
  if (!parsed.success) throw new Error(`bad store setting: ${parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`);
  const { DATABASE_URL, ADASA_DATA, ADASA_PGLITE_THREAD } = parsed.data;
  const db = DATABASE_URL ? await openServer(DATABASE_URL) : await openEmbedded(path.resolve(ADASA_DATA), holder, { inThisThread: ADASA_PGLITE_THREAD !== "1", ...embedded });
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return new Store(db);
}
