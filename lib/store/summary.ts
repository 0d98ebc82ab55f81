import { period } from "../analysis/filter";

/**
 * How coarse the sums a query wants are: over all dates (`a`), per year, per month. The summary
 * keeps years and months (migration 011; since 013 a fold sums the years from the months it has
 * just summed, in one statement: lib/store/migrations/013_fold_by_id.sql); all dates are read as the sum of the
 * years. Finer periods (days, weeks, the partly covered months of a date range) are summed from
 * the per-article tallies.
 */
export type Grain = "a" | "y" | "m";

const pad = (n: number, width: number) => String(n).padStart(width, "0");
/** The last day of a month (YYYY-MM), as YYYY-MM-DD. */
const lastDay = (month: string): string => `${month}-${pad(new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate(), 2)}`;
const nextMonth = (month: string): string => {
  const [y, m] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  return m === 12 ? `${pad(y + 1, 4)}-01` : `${pad(y, 4)}-${pad(m + 1, 2)}`;
};
const previousMonth = (month: string): string => {
  const [y, m] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  return m === 1 ? `${pad(y - 1, 4)}-12` : `${pad(y, 4)}-${pad(m - 1, 2)}`;
};

/**
 * A date range as the summary reads it: the years and months it covers whole
 * (every article dated in them is selected, as lib/analysis/filter.ts selects
 * by overlap), and the year and month at each end it covers only in part
 * (where a finer grain decides: months, then each article's own date).
 */
interface Range {
  readonly from?: string;
  readonly to?: string;
  readonly wholeYears: { readonly from?: string; readonly to?: string };
  readonly wholeMonths: { readonly from?: string; readonly to?: string };
  readonly partYears: readonly string[];
  readonly partMonths: readonly string[];
}

function rangeOf(fromDay: string | undefined, toDay: string | undefined): Range {
  const wholeYears = {
    from: fromDay && (fromDay.endsWith("-01-01") ? fromDay.slice(0, 4) : pad(Number(fromDay.slice(0, 4)) + 1, 4)),
    to: toDay && (toDay.slice(5) >= "12-31" ? toDay.slice(0, 4) : pad(Number(toDay.slice(0, 4)) - 1, 4)),
  };
  const wholeMonths = {
    from: fromDay && (fromDay.endsWith("-01") ? fromDay.slice(0, 7) : nextMonth(fromDay.slice(0, 7))),
    // the filter's own month ends are the 31st (lib/analysis/filter.ts): any day from the last on covers it
    to: toDay && (toDay >= lastDay(toDay.slice(0, 7)) ? toDay.slice(0, 7) : previousMonth(toDay.slice(0, 7))),
  };
  const part = (day: string | undefined, whole: string | undefined, width: number) => (day && whole !== day.slice(0, width) ? [day.slice(0, width)] : []);
  return {
    from: fromDay,
    to: toDay,
    wholeYears,
    wholeMonths,
    partYears: [...new Set([...part(fromDay, wholeYears.from, 4), ...part(toDay, wholeYears.to, 4)])],
    partMonths: [...new Set([...part(fromDay, wholeMonths.from, 7), ...part(toDay, wholeMonths.to, 7)])],
  };
}

/** Summary rows of one grain (alias `t`: period) a selection reads. */
export interface GrainPart {
  readonly grain: Grain;
  readonly where: string;
}

/** What a date range reads: summary rows by grain, and the months (YYYY-MM) whose dated articles are summed one by one. */
export interface SummaryParts {
  readonly parts: readonly GrainPart[];
  readonly articleMonths: readonly string[];
}

/**
 * The summary rows that add up to the articles a date range selects, when
 * sums are wanted by `top` or coarser (no period for the outlet tables, a month
 * for a monthly series): parts of one grain each, every one a range of the
 * summary's index on (grain, period), and the months the range covers in part,
 * whose articles dated by day or month are read from their own tallies.
 * Periods are compared as text: a period of length 4 or 7 is a year or a
 * month, and overlaps [from, to] when it lies between their prefixes of its
 * length. Parameters are appended to `params`.
 */
export function summaryParts(filter: { readonly from?: string; readonly to?: string }, top: Grain, params: unknown[]): SummaryParts {
  // all dates are the sum of the years (migration 011 keeps no grain of all dates)
  if (!filter.from && !filter.to) return { parts: [{ grain: top === "a" ? "y" : top, where: "true" }], articleMonths: [] };
  // a range is read from years down
  const r = rangeOf(filter.from && period(filter.from)[0], filter.to && period(filter.to)[1]);
  const add = (value: unknown) => `$${params.push(value)}`;
  const between = (width: number | null, from: string | undefined, to: string | undefined) =>
    [...(width ? [`length(t.period) = ${width}`] : []), ...(from ? [`t.period >= ${add(from)}`] : []), ...(to ? [`t.period <= ${add(to)}`] : [])].join(" AND ") || "true";
  const overlaps = (width: number) => between(width, r.from?.slice(0, width), r.to?.slice(0, width));
  // whole months, and articles dated by the year alone that overlap the range
  const months = () => `(${between(7, r.wholeMonths.from, r.wholeMonths.to)}) OR (${overlaps(4)})`;
  if (top === "m") return { parts: [{ grain: "m", where: months() }], articleMonths: r.partMonths };
  return {
    parts: [
      { grain: "y", where: between(4, r.wholeYears.from, r.wholeYears.to) },
      ...r.partYears.map((year): GrainPart => ({ grain: "m", where: `${between(null, year, `${year}-12`)} AND (${months()})` })),
    ],
    articleMonths: r.partMonths,
  };
}
