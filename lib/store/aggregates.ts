import type { TargetCounts, VoiceFilter } from "../analysis/tally";
import { VOICES } from "../voice";
import type { Sql } from "./db";
import { articleWhere, resolutionClause } from "./selection";
import { timelinePoint } from "./timeline-point";
import type { Interval, OutletCounts, StoreFilter, Timeline, TimelineQuery } from "./types";

/** The articles of a selection analysed with `version`: a CTE every aggregate starts from. */
function selected(version: number, filter: StoreFilter, params: unknown[]): string {
  params.push(version);
  const where = articleWhere(filter, params);
  return `sel AS (
    SELECT a.id, a.content_hash, a.date, o.name AS outlet, o.name_en AS outlet_en, o.grp, an.words
    FROM articles a JOIN outlets o ON o.id = a.outlet_id
    JOIN analyses an ON an.content_hash = a.content_hash AND an.lexicon_version = $1
    WHERE ${where})`;
}

interface TallyRow {
  key: string;
  target: string;
  mentions_all: number;
  mentions_own: number;
  loaded_all: number;
  loaded_own: number;
  stance_sum: number;
  stance_n: number;
  scare_quoted: number;
  author: number;
  quoted: number;
  attributed: number;
}

interface NamingRow {
  key: string;
  target: string;
  term: string;
  count_all: number;
  count_own: number;
}

/** Summed tallies of the selection grouped by `key` (an SQL expression over sel), as TargetCounts per key. */
async function countsBy(db: Sql, version: number, filter: StoreFilter, key: string, targets?: readonly string[]): Promise<Map<string, Map<string, TargetCounts>>> {
  const params: unknown[] = [];
  const cte = selected(version, filter, params);
  const targetClause = targets ? `AND t.target = ANY($${params.push([...targets])}::text[])` : "";
  const sum = (c: string) => `sum(t.${c})::int AS ${c}`;
  const tallies = await db.query<TallyRow>(
    `WITH ${cte} SELECT ${key} AS key, t.target, ${["mentions_all", "mentions_own", "loaded_all", "loaded_own", "stance_sum", "stance_n", "scare_quoted", ...VOICES].map(sum).join(", ")}
     FROM sel JOIN tallies t ON t.content_hash = sel.content_hash AND t.lexicon_version = $1 AND ${resolutionClause(filter)} ${targetClause}
     GROUP BY 1, 2`,
    params,
  );
  const naming = await db.query<NamingRow>(
    `WITH ${cte} SELECT ${key} AS key, t.target, t.term, sum(t.count_all)::int AS count_all, sum(t.count_own)::int AS count_own
     FROM sel JOIN naming_tallies t ON t.content_hash = sel.content_hash AND t.lexicon_version = $1 AND ${resolutionClause(filter)} ${targetClause}
     GROUP BY 1, 2, 3`,
    params,
  );
  const out = new Map<string, Map<string, TargetCounts>>();
  for (const r of tallies) {
    let byTarget = out.get(r.key);
    if (!byTarget) out.set(r.key, (byTarget = new Map()));
    byTarget.set(r.target, {
      target: r.target,
      mentions: { all: r.mentions_all, own: r.mentions_own },
      loaded: { all: r.loaded_all, own: r.loaded_own },
      stanceSum: r.stance_sum,
      stanceN: r.stance_n,
      scareQuoted: r.scare_quoted,
      voices: { author: r.author, quoted: r.quoted, attributed: r.attributed },
      naming: new Map(),
    });
  }
  for (const r of naming) out.get(r.key)?.get(r.target)?.naming.set(r.term, { all: r.count_all, own: r.count_own });
  return out;
}

/** Per outlet: articles, words and the summed per-target counts of the selection (score them with lib/analysis/outlets). */
export async function outletCounts(db: Sql, version: number, filter: StoreFilter): Promise<OutletCounts[]> {
  const params: unknown[] = [];
  const totals = await db.query<{ outlet: string; outlet_en: string | null; articles: number; words: number }>(
    `WITH ${selected(version, filter, params)}
     SELECT outlet, max(outlet_en) AS outlet_en, count(*)::int AS articles, coalesce(sum(words), 0)::int AS words FROM sel GROUP BY outlet`,
    params,
  );
  const counts = await countsBy(db, version, filter, "sel.outlet");
  return totals
    .sort((a, b) => (a.outlet < b.outlet ? -1 : a.outlet > b.outlet ? 1 : 0))
    .map((t) => ({ ...t, targets: [...(counts.get(t.outlet)?.values() ?? [])] }));
}

/** The period an article's date falls in, as SQL over sel.date; the precision the interval needs. */
const PERIOD: Record<Interval, { sql: string; minLength: number }> = {
  day: { sql: "sel.date", minLength: 10 },
  // ISO weeks (2019-W14): IYYY is the ISO year, which differs from the calendar year around 1 January
  week: { sql: `to_char(sel.date::date, 'IYYY-"W"IW')`, minLength: 10 },
  month: { sql: "substr(sel.date, 1, 7)", minLength: 7 },
};

/**
 * Framing over time for one target: per outlet (or outlet group) and period,
 * articles, words, mentions, mentions per 1,000 words, the share of articles
 * mentioning the target, and the naming shares. Articles whose date is less
 * precise than the interval (a year alone, for months) are left out.
 */
export async function timeline(db: Sql, version: number, q: TimelineQuery, selection: StoreFilter = {}): Promise<Timeline> {
  const voice: VoiceFilter = q.voice ?? "all";
  const period = PERIOD[q.interval];
  const group = q.byGroup ? "coalesce(sel.grp, sel.outlet)" : "sel.outlet";
  const key = `${group} || chr(31) || ${period.sql}`;
  // `selection` narrows further (the report's ids and dates): the time section covers the report's articles
  const filter: StoreFilter = { ...selection, ...(q.byGroup ? { groups: q.outlets } : { outlets: q.outlets ?? selection.outlets }) };
  const params: unknown[] = [];
  const cte = selected(version, filter, params);
  const rows = await db.query<{ series: string; period: string; articles: number; words: number; mentioning: number }>(
    `WITH ${cte} SELECT ${group} AS series, ${period.sql} AS period, count(*)::int AS articles, coalesce(sum(sel.words), 0)::int AS words,
       count(t.target)::int AS mentioning
     FROM sel LEFT JOIN tallies t ON t.content_hash = sel.content_hash AND t.lexicon_version = $1 AND ${resolutionClause(filter)} AND t.target = $${params.push(q.target)}
       AND t.mentions_${voice} > 0
     WHERE length(sel.date) >= ${period.minLength}
     GROUP BY 1, 2 ORDER BY 1, 2`,
    params,
  );
  const counts = await countsBy(db, version, filter, key, [q.target]);
  const series = new Map<string, Timeline["series"][number]["points"][number][]>();
  for (const r of rows) {
    const points = series.get(r.series) ?? [];
    series.set(r.series, points);
    points.push(timelinePoint({ ...r, counts: counts.get(`${r.series}\u001f${r.period}`)?.get(q.target) }, voice));
  }
  return { target: q.target, interval: q.interval, series: [...series].map(([outlet, points]) => ({ outlet, points })) };
}
