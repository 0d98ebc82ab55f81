import type { DatedText } from "../analysis/record";
import { VOICES } from "../voice";
import type { Sql } from "./db";
import { compactColumns, insertMatches, stringIds } from "./match-strings";
import { columns, intArrayLiteral, unnestParams } from "./rows";
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

const TALLY_COLUMNS = [
  ["analysis_id", "int"],
  ["lexicon_version", "int"],
  ["target", "text"],
  ["mentions_all", "int"],
  ["mentions_own", "int"],
  ["loaded_all", "int"],
  ["loaded_own", "int"],
  ["stance_sum", "int"],
  ["stance_n", "int"],
  ["scare_quoted", "int"],
  ...VOICES.map((v) => [v, "int"] as const),
  ["resolution", "text"],
  // the naming counts (migration 011): terms by their id in match_strings, counts under both voice filters
  ["naming_terms", "int[]"],
  ["naming_all", "int[]"],
  ["naming_own", "int[]"],
] as const;

type Counts = AnalysisRecord["counts"][number];

/** What a tally row holds besides its target, comparable as a string (naming terms sorted: their order carries nothing). */
const countsKey = (c: Counts): string =>
  JSON.stringify([c.mentions, c.loaded, c.stanceSum, c.stanceN, c.scareQuoted, c.voices, [...c.naming].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))]);

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
    if (u && countsKey(u) === countsKey(c)) {
      rows.push({ resolution: "both", counts: c });
      unresolved.delete(c.target);
    } else rows.push({ resolution: "resolved", counts: c });
  }
  for (const u of unresolved.values()) rows.push({ resolution: "unresolved", counts: u });
  return rows;
}

/** Rows in one statement: a column per parameter (int[] columns as array literals, which unnest can carry). */
async function insertRows(tx: Sql, table: string, spec: readonly (readonly [string, string])[], rows: readonly Record<string, unknown>[]): Promise<void> {
  if (rows.length === 0) return;
  const names = spec.map(([n]) => n);
  const isArray = (type: string) => type.endsWith("[]");
  await tx.query(
    `INSERT INTO ${table} (${names.join(", ")}) SELECT ${spec.map(([n, t]) => (isArray(t) ? `${n}::${t}` : n)).join(", ")}
     FROM unnest(${unnestParams(spec.map(([, t]) => (isArray(t) ? "text" : t)))}) AS u(${names.join(", ")})`,
    columns(rows, names),
  );
}

/**
 * Saves analyses in their compact form (migration 011: bytes and string ids, lib/store/match-strings.ts)
 * with their tallies, and closes their jobs, in one transaction. An analysis already saved (two
 * workers finishing the same job after a lease ran out) is kept once: the second is dropped.
 */
export async function saveAnalyses(tx: Sql, version: number, records: readonly AnalysisRecord[]): Promise<number> {
  if (records.length === 0) return 0;
  const ids = await stringIds(
    tx,
    records.flatMap((r) => [...r.encoded.strings, ...[r.counts, r.unresolvedCounts ?? []].flatMap((counts) => counts.flatMap((c) => [...c.naming.keys()]))]),
  );
  const compact = records.map((r) => compactColumns(r.encoded, ids));
  const saved = await tx.query<{ content_hash: string; id: number }>(
    `INSERT INTO analyses (content_hash, lexicon_version, words, term_counts)
     SELECT h, $2, w, t::int[] FROM unnest($1::text[], $3::int[], $4::text[]) AS u(h, w, t)
     ON CONFLICT DO NOTHING RETURNING content_hash, id`,
    [records.map((r) => r.contentHash), version, records.map((r) => r.words), compact.map((c) => c.termCounts)],
  );
  // the codes and child rows are keyed by the analysis's sequential id (migration 010)
  const idOf = new Map(saved.map((r) => [r.content_hash, r.id]));
  const kept = records.flatMap((r, i) => (idOf.has(r.contentHash) ? [{ record: r, columns: compact[i]! }] : []));
  await insertMatches(
    tx,
    kept.map(({ record, columns }) => ({ analysisId: idOf.get(record.contentHash)!, columns })),
  );
  const readings = kept.flatMap(({ record: r }) => countsByResolution(r).map((reading) => ({ analysisId: idOf.get(r.contentHash)!, ...reading })));
  await insertRows(
    tx,
    "tallies",
    TALLY_COLUMNS,
    readings.map(({ analysisId, resolution, counts: c }) => {
      const naming = [...c.naming];
      return {
        analysis_id: analysisId,
        lexicon_version: version,
        target: c.target,
        mentions_all: c.mentions.all,
        mentions_own: c.mentions.own,
        loaded_all: c.loaded.all,
        loaded_own: c.loaded.own,
        stance_sum: c.stanceSum,
        stance_n: c.stanceN,
        scare_quoted: c.scareQuoted,
        ...c.voices,
        resolution,
        naming_terms: intArrayLiteral(naming.map(([term]) => ids.get(term)!)),
        naming_all: intArrayLiteral(naming.map(([, n]) => n.all)),
        naming_own: intArrayLiteral(naming.map(([, n]) => n.own)),
      };
    }),
  );
  await tx.query("DELETE FROM analysis_jobs WHERE lexicon_version = $1 AND content_hash = ANY($2::text[])", [version, records.map((r) => r.contentHash)]);
  return kept.length;
}
