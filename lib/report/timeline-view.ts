import type { Interval, Timeline } from "../store/types";

/**
 * What the time chart page shows of a timeline, in columns: every series has one entry per
 * period of `periods` (null where the outlet has no article then). Columns, not one object per
 * point, because this travels to the browser as the page's data: 6 series × 150 months of
 * objects with their keys (and a passages link each) made 1.2 MB; the links are built in the
 * browser from `link` (timelinePassagesHref), the naming terms are indexes into `terms`.
 */
export interface TimelineView {
  readonly target: string;
  readonly interval: Interval;
  readonly periods: readonly string[];
  readonly series: readonly TimelineViewSeries[];
  /** The naming terms as shown (`termLabel` of their ids), indexed by the series' `naming`. */
  readonly terms: readonly string[];
}

export interface TimelineViewSeries {
  readonly outlet: string;
  readonly articles: readonly (number | null)[];
  readonly mentions: readonly (number | null)[];
  readonly density: readonly (number | null)[];
  /** Share of articles mentioning the target, in percent (rounded: as the table shows it). */
  readonly share: readonly (number | null)[];
  /** Per period, [term index, count, share in percent] of each naming term. */
  readonly naming: readonly (readonly (readonly [number, number, number])[] | null)[];
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The columns of a timeline's series over the union of their periods; `termLabel` names a naming term (its first form). */
export function timelineView(t: Timeline, termLabel: (term: string) => string = (term) => term): TimelineView {
  const periods = [...new Set(t.series.flatMap((s) => s.points.map((p) => p.period)))].sort(byCodeUnits);
  const terms: string[] = [];
  const termIndex = new Map<string, number>();
  const indexOf = (term: string) => termIndex.get(term) ?? (termIndex.set(term, terms.push(termLabel(term)) - 1), terms.length - 1);
  const series = t.series.map((s): TimelineViewSeries => {
    const at = new Map(s.points.map((p) => [p.period, p]));
    const column = <T>(pick: (p: Timeline["series"][number]["points"][number]) => T) => periods.map((period) => (at.has(period) ? pick(at.get(period)!) : null));
    return {
      outlet: s.outlet,
      articles: column((p) => p.articles),
      mentions: column((p) => p.mentions),
      density: column((p) => p.density),
      share: column((p) => Math.round(p.share * 100)),
      naming: column((p) => p.naming.map((n) => [indexOf(n.term), n.count, Math.round(n.share * 100)] as const)),
    };
  });
  return { target: t.target, interval: t.interval, periods, series, terms };
}
