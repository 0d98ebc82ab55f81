import type { Interval } from "./types";

const PATTERN: Record<Interval, RegExp> = {
  day: /^(\d{4})-(\d{2})-(\d{2})$/,
  week: /^(\d{4})-W(\d{2})$/,
  month: /^(\d{4})-(\d{2})$/,
};

const day = (d: Date): string => d.toISOString().slice(0, 10);

/** Monday of ISO week 1: the week holding 4 January (ISO 8601). */
function isoWeekOneMonday(year: number): Date {
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const weekday = (jan4.getUTCDay() + 6) % 7; // Monday = 0
  return new Date(jan4.getTime() - weekday * 86_400_000);
}

/** The first and last day (YYYY-MM-DD) of a timeline period: "2019-04-05", "2019-W14", "2019-04"; undefined when it is not one. */
export function periodDays(interval: Interval, period: string): [string, string] | undefined {
  const m = PATTERN[interval].exec(period);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (interval === "day") return [period, period];
  if (interval === "month") return [`${period}-01`, day(new Date(Date.UTC(year, Number(m[2]), 0)))];
  const monday = new Date(isoWeekOneMonday(year).getTime() + (Number(m[2]) - 1) * 7 * 86_400_000);
  return [day(monday), day(new Date(monday.getTime() + 6 * 86_400_000))];
}

/**
 * The period a date (YYYY, YYYY-MM or YYYY-MM-DD) falls in, as the store's SQL
 * names it (`sel.date`, `to_char(date, 'IYYY-"W"IW')`, `substr(date, 1, 7)`);
 * null when the date is less precise than the interval.
 */
export function periodOf(interval: Interval, date: string | null): string | null {
  if (!date || date.length < (interval === "month" ? 7 : 10)) return null;
  if (interval === "month") return date.slice(0, 7);
  if (interval === "day") return date.slice(0, 10);
  const d = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  const thursday = new Date(d.getTime() + (3 - ((d.getUTCDay() + 6) % 7)) * 86_400_000); // the ISO year is the year of the week's Thursday
  const year = thursday.getUTCFullYear();
  const week = 1 + Math.round((thursday.getTime() - isoWeekOneMonday(year).getTime() - 3 * 86_400_000) / (7 * 86_400_000));
  return `${year}-W${String(week).padStart(2, "0")}`;
}
