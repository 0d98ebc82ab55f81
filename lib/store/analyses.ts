import type { DatedText } from "../analysis/record";
import { VOICES } from "../voice";
import type { Sql } from "./db";
import { binaryArray, intArrayParams, sliceSql, type ElementType } from "./binary-array";
import { compactBatch, insertMatches } from "./match-strings";
import type { AnalysisRecord, Resolution } from "./types";

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
const TALLY_COLUMNS = [
  ["target", "text"],
  ["resolution", "text"],
  ["mentions_all", "int"],
  ["mentions_own", "int"],
  ["loaded_all", "int"],
  ["loaded_own", "int"],
  ["stance_sum", "int"],
  ["stance_n", "int"],
  ["scare_quoted", "int"],
  ...VOICES.map((v) => [v, "int"] as const),
  ["naming_from", "int"],
  ["naming_to", "int"],
] as const satisfies readonly (readonly [string, ElementType])[];

/** A TALLY_COLUMNS column's name in article_tallies: the two text columns' arrays are named in the plural. */
const storedName = (column: string): string => (column === "target" || column === "resolution" ? `${column}s` : column);

type Counts = AnalysisRecord["counts"][number];
type PerFilter = Counts["mentions"];

const samePerFilter = (a: PerFilter, b: PerFilter): boolean => a.all === b.all && a.own === b.own;

/** Whether two tally rows of a target hold the same counts (naming terms in any order: their order carries nothing). */
function sameCounts(a: Counts, b: Counts): boolean {
  if (!samePerFilter(a.mentions, b.mentions) || !samePerFilter(a.loaded, b.loaded)) return false;
  if (a.stanceSum !== b.stanceSum || a.stanceN !== b.stanceN || a.scareQuoted !== b.scareQuoted) return false;
  if (VOICES.some((v) => a.voices[v] !== b.voices[v]) || a.naming.size !== b.naming.size) return false;
  for (const [term, n] of a.naming) {
    const other = b.naming.get(term);
    if (!other || !samePerFilter(n, other)) return false;
  }
  return true;
}

/**
 * The tally rows of one record (migration 004): one row per target for both readings of
 * side-switching labels when it counts the same under both (every target of most articles),
 * else one row per reading that counts it (migration 011: only the targets a resolution changes).
 */
function countsByResolution(r: AnalysisRecord): { resolution: Resolution; counts: Counts }[] {
  if (r.unresolvedCounts === null) return r.counts.map((counts) => ({ resolution: "both", counts }));
  const unresolved = new Map(r.unresolvedCounts.map((c) => [c.target, c]));
  const rows: { resolution: Resolution; counts: Counts }[] = [];
  for (const c of r.counts) {
    const u = unresolved.get(c.target);
    if (u && sameCounts(u, c)) {
      rows.push({ resolution: "both", counts: c });
      unresolved.delete(c.target);
    } else rows.push({ resolution: "resolved", counts: c });
  }
  for (const u of unresolved.values()) rows.push({ resolution: "unresolved", counts: u });
  return rows;
}

/** A saved analysis' tally rows (countsByResolution). */
interface AnalysisTallies {
  readonly analysisId: number;
  readonly readings: readonly { resolution: Resolution; counts: Counts }[];
}

/** TALLY_COLUMNS' values, one array per column, and the flat naming arrays: gathered in one pass over the batch's rows. */
class TallyColumns {
  readonly analysisIds: number[] = [];
  /** Each analysis' rows and naming terms in the batch's flat arrays (1-based, inclusive: sliceSql). */
  readonly rowFrom: number[] = [];
  readonly rowTo: number[] = [];
  readonly namingFrom: number[] = [];
  readonly namingTo: number[] = [];
  readonly columns: (string | number)[][] = TALLY_COLUMNS.map(() => []);
  readonly terms: number[] = [];
  readonly all: number[] = [];
  readonly own: number[] = [];

  add(a: AnalysisTallies, ids: ReadonlyMap<string, number>): void {
    const firstTerm = this.terms.length;
    this.analysisIds.push(a.analysisId);
    this.rowFrom.push(this.columns[0]!.length + 1);
    this.namingFrom.push(firstTerm + 1);
    for (const { resolution, counts: c } of a.readings) {
      // a row's naming bounds count from its analysis' own first term
      const from = this.terms.length - firstTerm + 1;
      for (const [term, n] of c.naming) {
        this.terms.push(ids.get(term)!);
        this.all.push(n.all);
        this.own.push(n.own);
      }
      // in TALLY_COLUMNS' order
      const values = [c.target, resolution, c.mentions.all, c.mentions.own, c.loaded.all, c.loaded.own, c.stanceSum, c.stanceN, c.scareQuoted, ...VOICES.map((v) => c.voices[v]), from, this.terms.length - firstTerm];
      for (let k = 0; k < values.length; k++) this.columns[k]!.push(values[k]!);
    }
    this.rowTo.push(this.columns[0]!.length);
    this.namingTo.push(this.terms.length);
  }

  /** The statement's parameters after the version: ids, bounds, TALLY_COLUMNS, then the three naming arrays. */
  params(): Buffer[] {
    return [
      ...[this.analysisIds, this.rowFrom, this.rowTo, this.namingFrom, this.namingTo].map((values) => binaryArray("int", values)),
      ...TALLY_COLUMNS.map(([, type], k) => binaryArray(type, this.columns[k]! as never[])),
      ...[this.terms, this.all, this.own].map((values) => binaryArray("int", values)),
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
  for (const a of analyses) if (a.readings.length > 0) gathered.add(a, ids);
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
  for (const r of records) for (const counts of [r.counts, r.unresolvedCounts ?? []]) for (const c of counts) for (const term of c.naming.keys()) terms.add(term);
  return terms;
}

/**
 * Saves analyses in their compact form (migration 011: bytes and string ids, lib/store/match-strings.ts)
 * with their tallies, and closes their jobs, in one transaction. An analysis already saved (two
 * workers finishing the same job after a lease ran out) is kept once: the second is dropped.
 */
export async function saveAnalyses(tx: Sql, version: number, records: readonly AnalysisRecord[]): Promise<number> {
  if (records.length === 0) return 0;
  const { ids, columns } = await compactBatch(tx, records.map((r) => r.encoded), namingTerms(records));
  const saved = await tx.query<{ content_hash: string; id: number }>(
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
  const idOf = new Map(saved.map((r) => [r.content_hash, r.id]));
  const kept = records.flatMap((r, i) => (idOf.has(r.contentHash) ? [{ record: r, columns: columns[i]! }] : []));
  await insertMatches(
    tx,
    kept.map(({ record, columns }) => ({ analysisId: idOf.get(record.contentHash)!, columns })),
  );
  await insertTallies(
    tx,
    version,
    kept.map(({ record: r }) => ({ analysisId: idOf.get(r.contentHash)!, readings: countsByResolution(r) })),
    ids,
  );
  await tx.query("DELETE FROM analysis_jobs WHERE lexicon_version = $1 AND content_hash = ANY($2::text[])", [version, binaryArray("text", records.map((r) => r.contentHash))]);
  return kept.length;
}
