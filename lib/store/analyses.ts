import type { DatedText } from "../analysis/record";
import { TALLY_NUMBERS, type TallyRows } from "../analysis/tally-rows";
import type { Sql } from "./db";
import { binaryArray, intArrayParams, intColumnArray, sliceSql, type ElementType } from "./binary-array";
import { compactBatch, insertMatches } from "./match-strings";
import type { SavedAnalysis } from "./pending-sums";
import type { AnalysisRecord } from "./types";

/** The id of a lexicon version (by the hash of the compiled lexicon), registered when new. */
export async function lexiconVersionId(db: Sql, hash: string, lexiconId: string, version: string): Promise<number> {
  const rows = await db.query<{ id: number }>(
    `INSERT INTO lexicon_versions (hash, lexicon_id, version) VALUES ($1, $2, $3)
     ON CONFLICT (hash) DO UPDATE SET hash = EXCLUDED.hash RETURNING id`,
    [hash, lexiconId, version],
  );
  return rows[0]!.id;
}

/** A job for every stored article not yet analysed with `version` (a new lexicon re-analyses everything); how many were added. */
export async function enqueueMissing(db: Sql, version: number): Promise<number> {
  const rows = await db.query<{ n: number }>(
    `WITH added AS (
       INSERT INTO analysis_jobs (content_hash, lexicon_version)
       SELECT a.content_hash, $1 FROM articles a
       WHERE NOT EXISTS (SELECT 1 FROM analyses an WHERE an.content_hash = a.content_hash AND an.lexicon_version = $1)
       ORDER BY a.id
       ON CONFLICT DO NOTHING RETURNING 1)
     SELECT count(*)::int AS n FROM added`,
    [version],
  );
  return rows[0]!.n;
}

/**
 * Leases up to `limit` jobs to `worker` for `leaseSeconds`. FOR UPDATE SKIP
 * LOCKED lets concurrent workers take disjoint batches; a job whose lease has
 * run out (its worker was killed) is leased again.
 */
export async function claimJobs(db: Sql, version: number, worker: string, limit: number, leaseSeconds: number): Promise<DatedText[]> {
  const rows = await db.query<{ content_hash: string; body: string; date: string | null }>(
    `WITH claimed AS (
       UPDATE analysis_jobs j SET leased_until = now() + make_interval(secs => $4), worker = $3, attempts = j.attempts + 1
       WHERE j.id IN (
         SELECT id FROM analysis_jobs
         WHERE lexicon_version = $1 AND (leased_until IS NULL OR leased_until < now())
         ORDER BY id LIMIT $2 FOR UPDATE SKIP LOCKED)
       RETURNING j.content_hash)
     SELECT c.content_hash, a.body, a.date FROM claimed c JOIN articles a ON a.content_hash = c.content_hash`,
    [version, limit, worker, leaseSeconds],
  );
  return rows.map((r) => ({ contentHash: r.content_hash, body: r.body, date: r.date }));
}

export async function pendingJobs(db: Sql, version: number): Promise<number> {
  return (await db.query<{ n: number }>("SELECT count(*)::int AS n FROM analysis_jobs WHERE lexicon_version = $1", [version]))[0]!.n;
}

/**
 * A tally row's columns (one element per target and reading), as binary arrays over every row of
 * the batch; each analysis' row of article_tallies takes its rows' slice of each (migration 020).
 */
const TALLY_COLUMNS = [["target", "text"], ["resolution", "text"], ...TALLY_NUMBERS.map((n) => [n, "int"] as const)] as const satisfies readonly (readonly [string, ElementType])[];

/** A TALLY_COLUMNS column's name in article_tallies: the two text columns' arrays are named in the plural. */
const storedName = (column: string): string => (column === "target" || column === "resolution" ? `${column}s` : column);

/** A saved analysis' tally rows, made flat on the analysis thread (tally-rows.ts). */
interface AnalysisTallies {
  readonly analysisId: number;
  readonly tallies: TallyRows;
}

/** The batch's tally rows as the statement's flat columns: each analysis' rows and naming terms appended, in one pass. */
class TallyColumns {
  readonly analysisIds: number[] = [];
  /** Each analysis' rows and naming terms in the batch's flat arrays (1-based, inclusive: sliceSql). */
  readonly rowFrom: number[] = [];
  readonly rowTo: number[] = [];
  readonly namingFrom: number[] = [];
  readonly namingTo: number[] = [];
  readonly targets: string[] = [];
  readonly resolutions: string[] = [];
  /** Each analysis' TALLY_NUMBERS, row after row (its rows' naming bounds count from its own first term). */
  readonly numbers: Int32Array[] = [];
  readonly terms: number[] = [];
  /** Each analysis' naming counts, all and own in pairs. */
  readonly termCounts: Int32Array[] = [];

  add({ analysisId, tallies: t }: AnalysisTallies, ids: ReadonlyMap<string, number>): void {
    this.analysisIds.push(analysisId);
    this.rowFrom.push(this.targets.length + 1);
    this.namingFrom.push(this.terms.length + 1);
    for (let k = 0; k < t.targets.length; k++) {
      this.targets.push(t.targets[k]!);
      this.resolutions.push(t.resolutions[k]!);
    }
    for (const term of t.terms) this.terms.push(ids.get(term)!);
    this.numbers.push(t.numbers);
    this.termCounts.push(t.termCounts);
    this.rowTo.push(this.targets.length);
    this.namingTo.push(this.terms.length);
  }

  /** The statement's parameters after the version: ids, bounds, TALLY_COLUMNS, then the three naming arrays. */
  params(): Buffer[] {
    return [
      ...[this.analysisIds, this.rowFrom, this.rowTo, this.namingFrom, this.namingTo].map((values) => binaryArray("int", values)),
      binaryArray("text", this.targets),
      binaryArray("text", this.resolutions),
      ...TALLY_NUMBERS.map((_, k) => intColumnArray(this.numbers, TALLY_NUMBERS.length, k)),
      binaryArray("int", this.terms),
      intColumnArray(this.termCounts, 2, 0),
      intColumnArray(this.termCounts, 2, 1),
    ];
  }
}

/**
 * Saved analyses' tallies (by id), one article_tallies row each (migration 020), in one statement:
 * every tally row's columns and naming counts as flat binary arrays, each analysis taking its slice
 * (its rows' naming bounds counted from its own first term).
 */
async function insertTallies(tx: Sql, version: number, analyses: readonly AnalysisTallies[], ids: ReadonlyMap<string, number>): Promise<void> {
  const gathered = new TallyColumns();
  for (const a of analyses) if (a.tallies.targets.length > 0) gathered.add(a, ids);
  if (gathered.analysisIds.length === 0) return;
  // $1 the version, $2 the analyses' ids, $3–$6 their rows' and naming terms' bounds, then TALLY_COLUMNS, then the three flat naming arrays
  const first = 7;
  const columns = TALLY_COLUMNS.map(([, type], k) => sliceSql(`$${first + k}`, "rf", "rt", type));
  const named = (k: number) => sliceSql(`$${first + TALLY_COLUMNS.length + k}`, "nf", "nt");
  await tx.query(
    `INSERT INTO article_tallies (analysis_id, lexicon_version, ${TALLY_COLUMNS.map(([n]) => storedName(n)).join(", ")}, naming_terms, naming_all, naming_own)
     SELECT id, $1, ${columns.join(", ")}, ${named(0)}, ${named(1)}, ${named(2)}
     FROM unnest($2::int[], $3::int[], $4::int[], $5::int[], $6::int[]) AS u(id, rf, rt, nf, nt)`,
    [version, ...gathered.params()],
  );
}

/** The naming terms of the records' tallies (both readings), each once. */
function namingTerms(records: readonly AnalysisRecord[]): Set<string> {
  const terms = new Set<string>();
  for (const r of records) for (const term of r.tallies.terms) terms.add(term);
  return terms;
}

/**
 * Saves analyses in their compact form (migration 011: bytes and string ids, lib/store/match-strings.ts)
 * with their tallies, and closes their jobs, in one transaction. An analysis already saved (two
 * workers finishing the same job after a lease ran out) is kept once: the second is dropped. The
 * analyses saved are pushed to `saved`, when given (an import's sums for the summary: pending-sums.ts).
 */
export async function saveAnalyses(tx: Sql, version: number, records: readonly AnalysisRecord[], saved?: SavedAnalysis[]): Promise<number> {
  if (records.length === 0) return 0;
  const { ids, columns } = await compactBatch(tx, records.map((r) => r.encoded), namingTerms(records));
  const inserted = await tx.query<{ content_hash: string; id: number }>(
    `INSERT INTO analyses (content_hash, lexicon_version, words, term_counts)
     SELECT h, $1, w, ${sliceSql("$6", "f", "t")} FROM unnest($2::text[], $3::int[], $4::int[], $5::int[]) AS u(h, w, f, t)
     ON CONFLICT DO NOTHING RETURNING content_hash, id`,
    [
      version,
      binaryArray("text", records.map((r) => r.contentHash)),
      binaryArray("int", records.map((r) => r.words)),
      ...intArrayParams(columns.map((c) => c.termCounts)),
    ],
  );
  // the codes and child rows are keyed by the analysis's sequential id (migration 010)
  const idOf = new Map(inserted.map((r) => [r.content_hash, r.id]));
  const kept = records.flatMap((r, i) => (idOf.has(r.contentHash) ? [{ record: r, columns: columns[i]! }] : []));
  await insertMatches(
    tx,
    kept.map(({ record, columns }) => ({ analysisId: idOf.get(record.contentHash)!, columns })),
  );
  await insertTallies(
    tx,
    version,
    kept.map(({ record: r }) => ({ analysisId: idOf.get(r.contentHash)!, tallies: r.tallies })),
    ids,
  );
  await tx.query("DELETE FROM analysis_jobs WHERE lexicon_version = $1 AND content_hash = ANY($2::text[])", [version, binaryArray("text", records.map((r) => r.contentHash))]);
  for (const { record: r, columns: c } of saved ? kept : []) saved!.push({ analysisId: idOf.get(r.contentHash)!, contentHash: r.contentHash, words: r.words, termCounts: c.termCounts, tallies: r.tallies, termIds: ids });
  return kept.length;
}
