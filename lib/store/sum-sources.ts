import { articleWhere, outletWhere, resolutionClause } from "./selection";
import { summaryParts, type Grain } from "./summary";
import type { StoreFilter } from "./types";

/**
 * Where the sums of a selection come from: the summary (migration 006, sums
 * per outlet and period: what the pages read) or the articles' own tallies
 * (a list of article ids, which the summary cannot select, and the reference
 * the tests hold the summary to).
 */
export type SumSource = "summary" | "articles";

/** The source a filter needs: articles chosen by id are summed one by one, everything else from the summary. */
export const sourceFor = (filter: StoreFilter): SumSource => (filter.ids?.length ? "articles" : "summary");

/** The counts summed, in the tallies and the summary alike. */
export const TALLY_SUMS = ["mentions_all", "mentions_own", "loaded_all", "loaded_own", "stance_sum", "stance_n", "scare_quoted", "author", "quoted", "attributed"] as const;

/**
 * The CTEs every aggregate reads, whatever the source, with the same columns:
 *   arts (outlet, outlet_en, grp, period, articles, words)
 *   tal  (outlet, grp, period, target, mentioning_all, mentioning_own, …TALLY_SUMS)
 *   nam  (outlet, grp, period, target, term, count_all, count_own)
 * `period` is the article's date as given ('' when undated), or the summary's
 * period at the grains `top` needs. `$1` is the lexicon version.
 */
export function sumSources(source: SumSource, version: number, filter: StoreFilter, top: Grain, params: unknown[], targets?: readonly string[]): string {
  params.push(version);
  return source === "summary" ? fromSummary(filter, top, params, targets) : fromArticles(filter, params, targets);
}

/** A per-article tally row's naming terms (`t`, migration 011: three arrays) as rows `n` with their text `m.s`. */
const NAMING_JOIN = "CROSS JOIN LATERAL unnest(t.naming_terms, t.naming_all, t.naming_own) AS n(term_id, count_all, count_own) JOIN match_strings m ON m.id = n.term_id";

/** The three CTEs over their row sources. */
const sumCtes = (rows: { readonly arts: string; readonly tal: string; readonly nam: string }): string => `arts AS (${rows.arts}), tal AS (${rows.tal}), nam AS (${rows.nam})`;

/**
 * The elements of a summary row `s` (migration 021) whose target is in `wanted` (an SQL text[]):
 * their places found by array_positions on the row's array of targets `targetsColumn`, `columns`
 * (output column: the array it is read from) read by subscript. The views unnest every target's.
 */
const summaryElementsOf = (wanted: string, targetsColumn: string, columns: Readonly<Record<string, string>>): string =>
  `(SELECT w.target, ${Object.entries(columns)
    .map(([name, array]) => `s.${array}[u.i] AS ${name}`)
    .join(", ")}
    FROM (SELECT DISTINCT unnest(${wanted})) AS w(target) CROSS JOIN LATERAL unnest(array_positions(s.${targetsColumn}, w.target)) AS u(i))`;

const SUMMARY_SUMS: Readonly<Record<string, string>> = Object.fromEntries(
  ["resolution", "mentioning_all", "mentioning_own", ...TALLY_SUMS].map((c) => [c, c === "resolution" ? "resolutions" : c]),
);
const SUMMARY_NAMING: Readonly<Record<string, string>> = { resolution: "naming_resolutions", term_id: "naming_terms", count_all: "naming_all", count_own: "naming_own" };

/**
 * The summary's rows of sums and of naming terms (the views' columns): every target's through the
 * views, or the elements of the asked targets alone (a timeline by month reads one of ~18 per row).
 */
function summaryRowSources(params: unknown[], targets?: readonly string[]) {
  if (!targets) return { sums: "summary_tally_sums", naming: "summary_tally_naming" };
  const wanted = `$${params.push([...targets])}::text[]`;
  const of = (targetsColumn: string, columns: Readonly<Record<string, string>>) =>
    `(SELECT s.lexicon_version, s.grain, s.period, s.outlet_id, e.* FROM summary_tallies s CROSS JOIN LATERAL ${summaryElementsOf(wanted, targetsColumn, columns)} e)`;
  return { sums: of("targets", SUMMARY_SUMS), naming: of("naming_targets", SUMMARY_NAMING) };
}

function fromSummary(filter: StoreFilter, top: Grain, params: unknown[], targets?: readonly string[]): string {
  const outlets = outletWhere(filter, params);
  const { parts, articleMonths } = summaryParts(filter, top, params);
  const rows = summaryRowSources(params, targets);
  const tallied = resolutionClause(filter);
  // one scan of the summary's index per grain and range
  const union = (columns: string, table: string, extra = "", join = "") =>
    parts
      .map((p) => `SELECT o.name AS outlet, o.grp, ${columns} FROM ${table} t JOIN outlets o ON o.id = t.outlet_id ${join}
        WHERE t.lexicon_version = $1 AND t.grain = '${p.grain}' AND (${p.where}) AND ${outlets} ${extra}`)
      .join(" UNION ALL ");
  const summed = {
    arts: union("o.name_en AS outlet_en, t.period, t.articles, t.words", "summary_articles"),
    // a summary row holds every target's sums and naming terms as arrays (migration 021)
    tal: union(`t.period, t.target, t.mentioning_all, t.mentioning_own, ${TALLY_SUMS.map((c) => `t.${c}`).join(", ")}`, rows.sums, `AND ${tallied}`),
    nam: union("t.period, t.target, m.s AS term, t.count_all, t.count_own", rows.naming, `AND ${tallied}`, "JOIN match_strings m ON m.id = t.term_id"),
  };
  if (articleMonths.length === 0) return sumCtes(summed);
  // the months a range covers in part: their articles dated by day or month, each on its own (the summary has no finer grain)
  const add = (value: unknown) => `$${params.push(value)}`;
  const inMonths = `length(a.date) >= 7 AND (${articleMonths.map((m) => `a.date_from BETWEEN ${add(`${m}-01`)} AND ${add(`${m}-31`)}`).join(" OR ")})`;
  const single = articleRows(filter, params, targets, inMonths);
  return `${single.base}, ${sumCtes({ arts: `${summed.arts} UNION ALL ${single.arts}`, tal: `${summed.tal} UNION ALL ${single.tal}`, nam: `${summed.nam} UNION ALL ${single.nam}` })}`;
}

function fromArticles(filter: StoreFilter, params: unknown[], targets?: readonly string[]): string {
  const single = articleRows(filter, params, targets);
  return `${single.base}, ${sumCtes(single)}`;
}

/**
 * The tally rows of the targets `wanted` (an SQL text[]) in an analysis' row `r` of article_tallies
 * (migration 020), with the view `tallies`' columns: the elements found by their target and read by
 * subscript. A timeline by day or week reads one target; the view unnests every element and slices
 * every element's naming terms first.
 */
export const tallyRowsOf = (wanted: string): string => {
  const at = (column: string) => `r.${column}[i] AS ${column}`;
  const naming = (column: string) => `r.${column}[r.naming_from[i]:r.naming_to[i]] AS ${column}`;
  return `(SELECT r.targets[i] AS target, r.resolutions[i] AS resolution, ${TALLY_SUMS.map(at).join(", ")}, ${["naming_terms", "naming_all", "naming_own"].map(naming).join(", ")}
    FROM generate_subscripts(r.targets, 1) AS i WHERE r.targets[i] = ANY(${wanted}))`;
};

/**
 * The CTE `base` (the selected analysed articles, narrowed by `where`) and the
 * per-article rows of `arts`, `tal` and `nam` over it: every article on its
 * own, `period` its date as given.
 */
function articleRows(filter: StoreFilter, params: unknown[], targets?: readonly string[], where = "true") {
  const joined = targets
    ? `base b JOIN article_tallies r ON r.analysis_id = b.analysis_id JOIN LATERAL ${tallyRowsOf(`$${params.push([...targets])}::text[]`)} t ON ${resolutionClause(filter)}`
    : `base b JOIN tallies t ON t.analysis_id = b.analysis_id AND ${resolutionClause(filter)}`;
  return {
    base: `base AS (SELECT an.id AS analysis_id, coalesce(a.date, '') AS period, o.name AS outlet, o.name_en AS outlet_en, o.grp, an.words
      FROM articles a JOIN outlets o ON o.id = a.outlet_id JOIN analyses an ON an.content_hash = a.content_hash AND an.lexicon_version = $1
      WHERE ${articleWhere(filter, params)} AND ${where})`,
    // the columns in the order of the summary's rows (a UNION pairs them by position)
    arts: "SELECT outlet, grp, outlet_en, period, 1 AS articles, words FROM base",
    tal: `SELECT b.outlet, b.grp, b.period, t.target, (t.mentions_all > 0)::int AS mentioning_all, (t.mentions_own > 0)::int AS mentioning_own,
      ${TALLY_SUMS.map((c) => `t.${c}`).join(", ")} FROM ${joined}`,
    // naming counts are arrays in the tally row (migration 011), terms by their id in match_strings
    nam: `SELECT b.outlet, b.grp, b.period, t.target, m.s AS term, n.count_all, n.count_own FROM ${joined} ${NAMING_JOIN}`,
  };
}
