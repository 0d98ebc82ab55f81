import type { TargetCounts, VoiceFilter } from "../analysis/tally";
import type { Sql } from "./db";
import { sourceFor, sumSources, TALLY_SUMS, type SumSource } from "./sum-sources";
import type { Grain } from "./summary";
import { timelinePoint } from "./timeline-point";
import type { Interval, OutletCounts, StoreFilter, Timeline, TimelineQuery } from "./types";

type TallyRow = { key: string; target: string; mentioning_all: number; mentioning_own: number } & Record<(typeof TALLY_SUMS)[number], number>;

interface NamingRow {
  key: string;
  target: string;
  term: string;
  count_all: number;
  count_own: number;
}

/** Code-point order, as JavaScript compares strings. */
const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** A target's summed counts over some articles, and how many of them mention it. */
interface TargetSums {
  readonly counts: TargetCounts;
  readonly mentioning: Record<VoiceFilter, number>;
}

/** What to sum: the selection, the source, the coarsest grain the key allows, and a condition on `period`. */
interface SumQuery {
  readonly filter: StoreFilter;
  readonly source: SumSource;
  readonly top: Grain;
  readonly where?: string;
}

/** Summed tallies grouped by `key` (an SQL expression over outlet, grp and period), per key and target. */
async function sumsBy(db: Sql, version: number, q: SumQuery, key: string, targets?: readonly string[]): Promise<Map<string, Map<string, TargetSums>>> {
  const params: unknown[] = [];
  const ctes = sumSources(q.source, version, q.filter, q.top, params, targets);
  const where = q.where ? `WHERE ${q.where}` : "";
  const sum = (c: string) => `sum(${c})::int AS ${c}`;
  const tallies = await db.query<TallyRow>(
    `WITH ${ctes} SELECT ${key} AS key, target, ${["mentioning_all", "mentioning_own", ...TALLY_SUMS].map(sum).join(", ")} FROM tal ${where} GROUP BY 1, 2`,
    params,
  );
  const naming = await db.query<NamingRow>(`WITH ${ctes} SELECT ${key} AS key, target, term, ${["count_all", "count_own"].map(sum).join(", ")} FROM nam ${where} GROUP BY 1, 2, 3`, params);
  // sorted here, not in SQL: a sort of Arabic text under the database's collation costs more than the sums
  tallies.sort((a, b) => byText(a.key, b.key) || byText(a.target, b.target));
  naming.sort((a, b) => byText(a.key, b.key) || byText(a.target, b.target) || byText(a.term, b.term));
  const out = new Map<string, Map<string, TargetSums>>();
  for (const r of tallies) {
    let byTarget = out.get(r.key);
    if (!byTarget) out.set(r.key, (byTarget = new Map()));
    byTarget.set(r.target, {
      mentioning: { all: r.mentioning_all, own: r.mentioning_own },
      counts: {
        target: r.target,
        mentions: { all: r.mentions_all, own: r.mentions_own },
        loaded: { all: r.loaded_all, own: r.loaded_own },
        stanceSum: r.stance_sum,
        stanceN: r.stance_n,
        scareQuoted: r.scare_quoted,
        voices: { author: r.author, quoted: r.quoted, attributed: r.attributed },
        naming: new Map(),
      },
    });
  }
  for (const r of naming) out.get(r.key)?.get(r.target)?.counts.naming.set(r.term, { all: r.count_all, own: r.count_own });
  return out;
}

/**
 * Per outlet: articles, words and the summed per-target counts of the
 * selection (score them with lib/analysis/outlets). Read from the summary's
 * sums over all dates (over a date range: its years, and the months and dates
 * at its ends), unless the
 * selection lists articles or `source` asks for the per-article sums.
 */
export async function outletCounts(db: Sql, version: number, filter: StoreFilter, source = sourceFor(filter)): Promise<OutletCounts[]> {
  const q: SumQuery = { filter, source, top: "a" };
  const params: unknown[] = [];
  const totals = await db.query<{ outlet: string; outlet_en: string | null; articles: number; words: number }>(
    `WITH ${sumSources(source, version, filter, q.top, params)}
     SELECT outlet, max(outlet_en) AS outlet_en, sum(articles)::int AS articles, coalesce(sum(words), 0)::int AS words FROM arts GROUP BY outlet`,
    params,
  );
  const sums = await sumsBy(db, version, q, "outlet");
  return totals
    .sort((a, b) => byText(a.outlet, b.outlet))
    .map((t) => ({ ...t, targets: [...(sums.get(t.outlet)?.values() ?? [])].map((s) => s.counts) }));
}

/**
 * How many analysed articles the selection holds: the articles `outletCounts` sums, read from the
 * summary's article counts (a few hundred rows) unless the selection lists articles. Counting the
 * articles joined to their analyses read every article's content hash, which lives out of line
 * (toast_tuple_target = 256): a second of CPU per 10,000 articles on the embedded store, on each
 * new filter of the home page, three times.
 */
export async function articleCount(db: Sql, version: number, filter: StoreFilter, source = sourceFor(filter)): Promise<number> {
  const params: unknown[] = [];
  const [row] = await db.query<{ n: number }>(`WITH ${sumSources(source, version, filter, "a", params)} SELECT coalesce(sum(articles), 0)::int AS n FROM arts`, params);
  return row!.n;
}

/**
 * The period of an article's date (`period`) at an interval, the precision it needs, and the
 * summary grain that holds it: none for days and weeks, which are summed from the per-article
 * tallies (a grain of days held nearly a row per article and target: migration 010).
 */
const PERIOD: Record<Interval, { sql: string; minLength: number; top: Grain | null }> = {
  day: { sql: "period", minLength: 10, top: null },
  // ISO weeks (2019-W14): IYYY is the ISO year, which differs from the calendar year around 1 January
  week: { sql: `to_char(period::date, 'IYYY-"W"IW')`, minLength: 10, top: null },
  month: { sql: "substr(period, 1, 7)", minLength: 7, top: "m" },
};

/**
 * Framing over time for one target: per outlet (or outlet group) and period,
 * articles, words, mentions, mentions per 1,000 words, the share of articles
 * mentioning the target, and the naming shares. Articles whose date is less
 * precise than the interval (a year alone, for months) are left out.
 */
export async function timeline(db: Sql, version: number, q: TimelineQuery, selection: StoreFilter = {}, asked = sourceFor(selection)): Promise<Timeline> {
  const voice: VoiceFilter = q.voice ?? "all";
  const period = PERIOD[q.interval];
  const group = q.byGroup ? "coalesce(grp, outlet)" : "outlet";
  // `selection` narrows further (the report's ids and dates): the time section covers the report's articles
  const filter: StoreFilter = { ...selection, ...(q.byGroup ? { groups: q.outlets } : { outlets: q.outlets ?? selection.outlets }) };
  const source = period.top ? asked : "articles";
  const sq: SumQuery = { filter, source, top: period.top ?? "a", where: `length(period) >= ${period.minLength}` };
  const params: unknown[] = [];
  const rows = await db.query<{ series: string; period: string; articles: number; words: number }>(
    `WITH ${sumSources(source, version, filter, sq.top, params)}
     SELECT ${group} AS series, ${period.sql} AS period, sum(articles)::int AS articles, coalesce(sum(words), 0)::int AS words
     FROM arts WHERE ${sq.where} GROUP BY 1, 2`,
    params,
  );
  rows.sort((a, b) => byText(a.series, b.series) || byText(a.period, b.period));
  const sums = await sumsBy(db, version, sq, `${group} || chr(31) || ${period.sql}`, [q.target]);
  const series = new Map<string, Timeline["series"][number]["points"][number][]>();
  for (const r of rows) {
    const points = series.get(r.series) ?? [];
    series.set(r.series, points);
    const s = sums.get(`${r.series}\u001f${r.period}`)?.get(q.target);
    points.push(timelinePoint({ ...r, mentioning: s?.mentioning[voice] ?? 0, counts: s?.counts }, voice));
  }
  return { target: q.target, interval: q.interval, series: [...series].map(([outlet, points]) => ({ outlet, points })) };
}
