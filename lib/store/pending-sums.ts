import { TALLY_NUMBERS, type Resolution, type TallyRows } from "../analysis/tally-rows";
import { binaryArray } from "./binary-array";
import type { Sql } from "./db";

/**
 * The summary's sums of the analyses an import saved, added up in JavaScript as its batches commit,
 * so that the fold at its end writes the summary's rows instead of grouping every tally row and
 * naming count again in SQL (the tally statement was ~4–5 s of pglite's CPU per 10,000 generated
 * articles, the import's largest statement; README, "Round 16"). The rows are those the SQL fold
 * (migrations 013, 019, 021) gives for the same analyses: summary_articles and summary_tallies per
 * (lexicon version, grain, period, outlet), months and years, summary_terms per (version, target,
 * term, outlet); arrays in no particular order, as there.
 *
 * They stand for their analyses only while every one of them, and nothing else, waits in the fold's
 * backlog: `foldPending` checks that under the summary's advisory lock and otherwise folds by SQL
 * as before (a reader, a deletion's trigger or another writer folded some of them meanwhile).
 */

/** What the sums need of an analysis saved in a committed batch. */
export interface SavedAnalysis {
  readonly analysisId: number;
  readonly contentHash: string;
  readonly words: number;
  /** analyses.term_counts: (target id, term id, matches) after one another. */
  readonly termCounts: readonly number[];
  readonly tallies: TallyRows;
  /** match_strings ids of the batch's naming terms (tallies.terms). */
  readonly termIds: ReadonlyMap<string, number>;
}

/** Where a saved analysis' article sits in the summary. */
export interface ArticlePlace {
  readonly outletId: number;
  readonly date: string | null;
}

const STRIDE = TALLY_NUMBERS.length;
const at = (name: (typeof TALLY_NUMBERS)[number]): number => TALLY_NUMBERS.indexOf(name);
const [MENTIONS_ALL, MENTIONS_OWN, NAMING_FROM, NAMING_TO] = [at("mentions_all"), at("mentions_own"), at("naming_from"), at("naming_to")];
/** The tally numbers summed as they are (all but the naming bounds), in summary_tally_sum_columns' order after n and the two mentioning counts. */
const SUMMED = TALLY_NUMBERS.slice(0, NAMING_FROM).map((_, k) => k);
/** An element's sums: n, mentioning_all, mentioning_own, then SUMMED (migration 021's summary_tally_sum_columns). */
const SUMS = 3 + SUMMED.length;
/** The readings a tally row counts for (tally-rows.ts). */
const RESOLUTIONS: readonly Resolution[] = ["both", "resolved", "unresolved"];
/** A naming term's key in its row: its term id and its element (a row holds far fewer than 2^16 elements: one per target and reading). */
const ELEMENTS_MAX = 65_536;

/** A number for each (target, reading) met, so that a row finds its element by index (no key string built per tally row). */
class Readings {
  private readonly byTarget = new Map<string, number[]>();
  private next = 0;

  of(target: string, resolution: string): number {
    let numbers = this.byTarget.get(target);
    if (!numbers) this.byTarget.set(target, (numbers = [-1, -1, -1]));
    const k = RESOLUTIONS.indexOf(resolution as Resolution);
    if (numbers[k]! < 0) numbers[k] = this.next++;
    return numbers[k]!;
  }
}

/**
 * Int32 values in one typed array that doubles as it fills, read by stride: a summary row's sums off V8's heap. As
 * plain arrays pushed to for the whole import they were ~40 MB live per 10,000 generated articles, and each
 * growth left the old copy to the old generation's collector.
 */
class Ints {
  data = new Int32Array(16);
  length = 0;

  /** Room for `n` more values, zeros; the index of the first. */
  grow(n: number): number {
    const at = this.length;
    if (at + n > this.data.length) {
      const data = new Int32Array(Math.max(2 * this.data.length, at + n));
      data.set(this.data);
      this.data = data;
    }
    this.length += n;
    return at;
  }

  /** Every `stride`-th value from `first`. */
  column(first: number, stride: number): number[] {
    const values: number[] = [];
    for (let k = first; k < this.length; k += stride) values.push(this.data[k]!);
    return values;
  }
}

/** A naming term's values in a row's `naming`, one after another: its element, term id, n, all, own. */
const NAMING = 5;
const [N_ELEMENT, N_TERM, N_N, N_ALL, N_OWN] = [0, 1, 2, 3, 4];

/** One summary key's sums: summary_articles' two and summary_tallies' elements and naming terms. */
class SummaryRow {
  articles = 0;
  words = 0;
  /** Each reading's element (its index + 1; 0 or a hole: none yet), by the reading's number (Readings). */
  private readonly elementOf: number[] = [];
  readonly targets: string[] = [];
  readonly resolutions: string[] = [];
  /** SUMS per element, element after element. */
  readonly sums = new Ints();
  private readonly namingOf = new Map<number, number>();
  /** NAMING values per naming term, term after term. */
  readonly naming = new Ints();

  constructor(
    readonly version: number,
    readonly grain: "m" | "y",
    readonly period: string,
    readonly outletId: number,
  ) {}

  /** An analysis' tally rows, each row's reading numbered in `readings` (Readings). */
  addTallies(t: TallyRows, termIds: ReadonlyMap<string, number>, readings: readonly number[]): void {
    for (let r = 0; r < t.targets.length; r++) {
      const e = this.element(t.targets[r]!, t.resolutions[r]!, readings[r]!);
      const base = r * STRIDE;
      const s = e * SUMS;
      const sums = this.sums.data;
      sums[s]! += 1;
      sums[s + 1]! += t.numbers[base + MENTIONS_ALL]! > 0 ? 1 : 0;
      sums[s + 2]! += t.numbers[base + MENTIONS_OWN]! > 0 ? 1 : 0;
      for (const k of SUMMED) sums[s + 3 + k]! += t.numbers[base + k]!;
      for (let i = t.numbers[base + NAMING_FROM]! - 1; i < t.numbers[base + NAMING_TO]!; i++) this.addNaming(e, termIds.get(t.terms[i]!)!, t.termCounts[2 * i]!, t.termCounts[2 * i + 1]!);
    }
  }

  /** Column `k` of the elements' sums (SUMS' order). */
  sumColumn(k: number): number[] {
    return this.sums.column(k, SUMS);
  }
  /** Column `k` of the naming terms (NAMING's order). */
  namingColumn(k: number): number[] {
    return this.naming.column(k, NAMING);
  }

  private element(target: string, resolution: string, reading: number): number {
    let e = (this.elementOf[reading] ?? 0) - 1;
    if (e < 0) {
      e = this.targets.length;
      if (e >= ELEMENTS_MAX) throw new Error(`a summary row with more than ${ELEMENTS_MAX} targets and readings`);
      this.elementOf[reading] = e + 1;
      this.targets.push(target);
      this.resolutions.push(resolution);
      this.sums.grow(SUMS);
    }
    return e;
  }

  private addNaming(element: number, term: number, all: number, own: number): void {
    const key = term * ELEMENTS_MAX + element;
    let at = this.namingOf.get(key);
    if (at === undefined) {
      at = this.naming.grow(NAMING);
      this.namingOf.set(key, at);
      this.naming.data[at + N_ELEMENT] = element;
      this.naming.data[at + N_TERM] = term;
    }
    const x = this.naming.data;
    x[at + N_N]! += 1;
    x[at + N_ALL]! += all;
    x[at + N_OWN]! += own;
  }
}

/** PostgreSQL's literal of a one-dimensional array of texts (each element quoted) or of ints. */
const textArrayLiteral = (values: readonly string[]): string => `{${values.map((v) => `"${v.replace(/["\\]/g, "\\$&")}"`).join(",")}}`;
const intArrayLiteral = (values: readonly number[]): string => `{${values.join(",")}}`;

/** The first `n` characters of `s` (PostgreSQL's left(): characters, not UTF-16 units). */
const left = (s: string, n: number): string => Array.from(s).slice(0, n).join("");

export class PendingSums {
  private rows = new Map<string, SummaryRow>();
  private terms = new Map<string, { version: number; target: number; term: number; outlet: number; matches: number }>();
  private ids: number[] = [];
  private readonly readings = new Readings();

  /** How many analyses the sums stand for. */
  get size(): number {
    return this.ids.length;
  }

  /** Adds a committed batch's saved analyses, each at its article's place (by content hash). */
  add(version: number, saved: readonly SavedAnalysis[], places: ReadonlyMap<string, ArticlePlace>): void {
    for (const a of saved) {
      const place = places.get(a.contentHash)!;
      // a month is the date's first seven characters, a year its first four ('' undated), as the SQL fold's left(date, 7)
      const month = left(place.date ?? "", 7);
      const readings = a.tallies.targets.map((target, r) => this.readings.of(target, a.tallies.resolutions[r]!));
      for (const row of [this.row(version, "m", month, place.outletId), this.row(version, "y", left(month, 4), place.outletId)]) {
        row.articles += 1;
        row.words += a.words;
        row.addTallies(a.tallies, a.termIds, readings);
      }
      for (let k = 0; k < a.termCounts.length; k += 3) this.addTerm(version, a.termCounts[k]!, a.termCounts[k + 1]!, place.outletId, a.termCounts[k + 2]!);
      this.ids.push(a.analysisId);
    }
  }

  /** The sums so far, and a fresh start: a fold takes them once. */
  take(): PendingSums {
    const taken = new PendingSums();
    [taken.rows, taken.terms, taken.ids] = [this.rows, this.terms, this.ids];
    [this.rows, this.terms, this.ids] = [new Map(), new Map(), []];
    return taken;
  }

  private row(version: number, grain: "m" | "y", period: string, outletId: number): SummaryRow {
    const key = `${version}\u0000${grain}\u0000${period}\u0000${outletId}`;
    let row = this.rows.get(key);
    if (!row) this.rows.set(key, (row = new SummaryRow(version, grain, period, outletId)));
    return row;
  }

  private addTerm(version: number, target: number, term: number, outlet: number, matches: number): void {
    const key = `${version}\u0000${target}\u0000${term}\u0000${outlet}`;
    const held = this.terms.get(key);
    if (held) held.matches += matches;
    else this.terms.set(key, { version, target, term, outlet, matches });
  }

  /** The analyses these sums stand for. */
  analysisIds(): Buffer {
    return binaryArray("int", this.ids);
  }

  /** Writes the sums into the three summary tables (added to rows held for the same keys), in the caller's transaction. */
  async write(tx: Sql): Promise<void> {
    const rows = [...this.rows.values()];
    await tx.query(
      `INSERT INTO summary_articles (lexicon_version, grain, period, outlet_id, articles, words)
       SELECT v, g::"char", p, o, a, w FROM unnest($1::int[], $2::text[], $3::text[], $4::int[], $5::int[], $6::int8[]) AS x(v, g, p, o, a, w)
       ON CONFLICT (lexicon_version, grain, period, outlet_id) DO UPDATE SET articles = summary_articles.articles + EXCLUDED.articles, words = summary_articles.words + EXCLUDED.words`,
      [...keyParams(rows), binaryArray("int", rows.map((r) => r.articles)), binaryArray("int8", rows.map((r) => r.words))],
    );
    const terms = [...this.terms.values()];
    await tx.query(
      `INSERT INTO summary_terms (lexicon_version, target_id, term_id, outlet_id, matches) SELECT * FROM unnest($1::int[], $2::int[], $3::int[], $4::int[], $5::int[])
       ON CONFLICT (lexicon_version, target_id, term_id, outlet_id) DO UPDATE SET matches = summary_terms.matches + EXCLUDED.matches`,
      (["version", "target", "term", "outlet", "matches"] as const).map((c) => binaryArray("int", terms.map((t) => t[c]))),
    );
    await writeTallies(tx, rows.filter((r) => r.targets.length > 0));
  }
}

/** The rows' keys as four parameters: version, grain, period, outlet. */
const keyParams = (rows: readonly SummaryRow[]): Buffer[] => [
  binaryArray("int", rows.map((r) => r.version)),
  binaryArray("text", rows.map((r) => r.grain)),
  binaryArray("text", rows.map((r) => r.period)),
  binaryArray("int", rows.map((r) => r.outletId)),
];

/** summary_tallies' rows per statement: about 1 MB of literals at 10,000 generated articles' 2–3 KB rows. */
const ROWS_PER_STATEMENT = 500;

/** summary_tallies' array columns after the key (migration 021), each as a function of a row giving its literal. */
const TALLY_ARRAYS: readonly (readonly [column: string, type: "text" | "int", literal: (r: SummaryRow) => string])[] = [
  ["targets", "text", (r) => textArrayLiteral(r.targets)],
  ["resolutions", "text", (r) => textArrayLiteral(r.resolutions)],
  ...["n", "mentioning_all", "mentioning_own", ...TALLY_NUMBERS.slice(0, NAMING_FROM)].map((column, k) => [column, "int", (r: SummaryRow) => intArrayLiteral(r.sumColumn(k))] as const),
  ["naming_targets", "text", (r) => textArrayLiteral(r.namingColumn(N_ELEMENT).map((e) => r.targets[e]!))],
  ["naming_resolutions", "text", (r) => textArrayLiteral(r.namingColumn(N_ELEMENT).map((e) => r.resolutions[e]!))],
  ["naming_terms", "int", (r) => intArrayLiteral(r.namingColumn(N_TERM))],
  ["naming_n", "int", (r) => intArrayLiteral(r.namingColumn(N_N))],
  ["naming_all", "int", (r) => intArrayLiteral(r.namingColumn(N_ALL))],
  ["naming_own", "int", (r) => intArrayLiteral(r.namingColumn(N_OWN))],
];

/**
 * summary_tallies' rows, each array sent as its literal in a text array (arrays cannot nest in a
 * parameter; a literal per row is parsed once by array_in, where slices of flat arrays cost round
 * 13 as much as they saved). Keys no row is held for are inserted as they are; when the table holds
 * rows of these versions (a later import), every row goes through migration 021's merge.
 */
async function writeTallies(tx: Sql, rows: readonly SummaryRow[]): Promise<void> {
  if (rows.length === 0) return;
  const versions = [...new Set(rows.map((r) => r.version))];
  const [held] = await tx.query<{ any: boolean }>("SELECT EXISTS (SELECT 1 FROM summary_tallies WHERE lexicon_version = ANY($1::int[])) AS any", [binaryArray("int", versions)]);
  const given = `SELECT v AS lexicon_version, g::"char" AS grain, p AS period, o AS outlet_id, ${TALLY_ARRAYS.map(([c, type], k) => `a${k}::${type}[] AS ${c}`).join(", ")}
    FROM unnest($1::int[], $2::text[], $3::text[], $4::int[], ${TALLY_ARRAYS.map((_, k) => `$${k + 5}::text[]`).join(", ")}) AS x(v, g, p, o, ${TALLY_ARRAYS.map((_, k) => `a${k}`).join(", ")})`;
  let statement = `INSERT INTO summary_tallies (lexicon_version, grain, period, outlet_id, ${TALLY_ARRAYS.map(([c]) => c).join(", ")}) ${given}`;
  if (held!.any) {
    // the rows as element and naming rows (CTEs g and gn, as the SQL fold names them), then the SQL fold's own merge:
    // its statement's tail from the CTE `held` on (migration 021), which reads the new rows from g and gn
    const [merge] = await tx.query<{ g: string; gn: string; tail: string }>(
      "SELECT summary_cell_rows('given') AS g, summary_cell_naming('given') AS gn, substr(s, strpos(s, 'held AS (')) AS tail FROM summary_tallies_sql('unused', 1, true) AS s",
    );
    statement = `WITH given AS (${given}), g AS (${merge!.g}), gn AS (${merge!.gn}), ${merge!.tail}`;
  }
  // a few hundred rows a statement (each key once: no two statements touch one row), so neither the literals nor
  // PostgreSQL's copies of them (pglite's WebAssembly memory, which never shrinks) hold every row at once
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    const part = rows.slice(i, i + ROWS_PER_STATEMENT);
    await tx.query(statement, [...keyParams(part), ...TALLY_ARRAYS.map(([, , literal]) => binaryArray("text", part.map(literal)))]);
  }
}

/**
 * Folds the backlog with `pending`'s sums when they stand for exactly the analyses waiting in it,
 * else by SQL (summary_fold); how many analyses were folded. Under the summary's advisory lock
 * (migration 010), in one transaction.
 */
export async function foldPending(tx: Sql, pending: PendingSums): Promise<number> {
  await tx.query("SELECT pg_advisory_xact_lock(7243006)");
  const [check] = await tx.query<{ missing: number; others: number }>(
    `SELECT count(*) FILTER (WHERE b.id IS NULL)::int AS missing, count(*) FILTER (WHERE s.id IS NULL)::int AS others
     FROM (SELECT DISTINCT analysis_id AS id FROM summary_backlog) b FULL JOIN (SELECT DISTINCT unnest($1::int[]) AS id) s ON s.id = b.id`,
    [pending.analysisIds()],
  );
  if (check!.missing > 0 || check!.others > 0) {
    const [row] = await tx.query<{ n: number }>("SELECT summary_fold() AS n");
    return row!.n;
  }
  await tx.query("DELETE FROM summary_backlog");
  await pending.write(tx);
  return pending.size;
}
