/**
 * Publication dates as exports write them → YYYY-MM-DD, or null when the
 * text is no date we can read. The date is taken as written (a timestamp's
 * own day, not shifted to UTC): that is the day the outlet published on.
 */

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** A real calendar day (no 31 April, 29 February only in leap years), between 1800 and 2200. */
function calendarDate(year: number, month: number, day: number): string | null {
  if (year < 1800 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Seconds (10 digits) or milliseconds (13 digits) since 1970, as a UTC day. */
function fromEpoch(value: number): string | null {
  const ms = Math.abs(value) >= 1e11 ? value : value * 1000;
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? null : calendarDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** ISO 8601 and its database cousins: 2019-04-05, 2019-04-05T10:00:00Z, 2019-04-05 10:00:00.123+02, 2019/04/05. */
const ISO = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:$|[T ]\d{1,2}:\d{2})/;
/** RSS and e-mail dates (RFC 2822): "Fri, 05 Apr 2019 10:00:00 GMT", also "5 April 2019". */
const RFC2822 = /^(?:[A-Za-z]{3},?\s+)?(\d{1,2})\s+([A-Za-z]{3})[A-Za-z]*\.?\s+(\d{4})\b/;
/** "April 5, 2019". */
const MONTH_FIRST = /^([A-Za-z]{3})[A-Za-z]*\.?\s+(\d{1,2}),?\s+(\d{4})\b/;

export function normalizeDate(value: unknown): string | null {
  if (typeof value === "number") return Number.isFinite(value) ? fromEpoch(value) : null;
  if (typeof value !== "string") return null;
  const text = value.trim();
  if (/^\d{9,10}$|^\d{12,13}$/.test(text)) return fromEpoch(Number(text));
  const iso = ISO.exec(text);
  if (iso) return calendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const rfc = RFC2822.exec(text);
  if (rfc) return calendarDate(Number(rfc[3]), MONTHS.indexOf(rfc[2]!.toLowerCase()) + 1, Number(rfc[1]));
  const monthFirst = MONTH_FIRST.exec(text);
  if (monthFirst) return calendarDate(Number(monthFirst[3]), MONTHS.indexOf(monthFirst[1]!.toLowerCase()) + 1, Number(monthFirst[2]));
  return null;
}
