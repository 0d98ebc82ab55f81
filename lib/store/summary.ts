import { period } from "../analysis/filter";

/** The grains of the summary (migration 006): sums per year, per month, and per date as given. */
export type Grain = "y" | "m" | "d";

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
 * (where the summary's finer grain decides, date by date).
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

/**
 * The summary rows (alias `t`: grain, period) that add up to the articles a
 * date range selects, when sums are wanted by `top` or coarser (a year for the
 * outlet tables, a month for a monthly series, the date for daily and weekly
 * ones). Periods are compared as text: a period of length 4, 7 or 10 is a
 * year, a month or a day, and overlaps [from, to] when it lies between their
 * prefixes of its length. Parameters are appended to `params`.
 */
export function summaryPeriodWhere(filter: { readonly from?: string; readonly to?: string }, top: Grain, params: unknown[]): string {
  if (!filter.from && !filter.to) return `t.grain = '${top}'`;
  const r = rangeOf(filter.from && period(filter.from)[0], filter.to && period(filter.to)[1]);
  const add = (value: unknown) => `$${params.push(value)}`;
  const between = (width: number, from: string | undefined, to: string | undefined) =>
    [`length(t.period) = ${width}`, ...(from ? [`t.period >= ${add(from)}`] : []), ...(to ? [`t.period <= ${add(to)}`] : [])].join(" AND ");
  const overlaps = (width: number) => between(width, r.from?.slice(0, width), r.to?.slice(0, width));
  const within = (width: number, parts: readonly string[]) => `left(t.period, ${width}) = ANY(${add(parts)}::text[])`;
  if (top === "d") return `(t.grain = 'd' AND ((${overlaps(10)}) OR (${overlaps(7)}) OR (${overlaps(4)})))`;
  // (functions, not values: each adds its parameters where it is used)
  // dates (and months) of the months covered in part
  const days = () => `(t.grain = 'd' AND ${within(7, r.partMonths)} AND ((${overlaps(10)}) OR (${overlaps(7)})))`;
  // whole months, and articles dated by the year alone that overlap the range
  const months = () => `(${between(7, r.wholeMonths.from, r.wholeMonths.to)}) OR (${overlaps(4)})`;
  if (top === "m") return `((t.grain = 'm' AND (${months()})) OR ${days()})`;
  return `((t.grain = 'y' AND ${between(4, r.wholeYears.from, r.wholeYears.to)}) OR (t.grain = 'm' AND ${within(4, r.partYears)} AND (${months()})) OR ${days()})`;
}
