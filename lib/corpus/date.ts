import { z } from "zod";

/**
 * Dates as the corpus writes them, at the precision known: a year (2019), a
 * month (2019-04) or a day (2019-04-04). Checked as real calendar dates:
 * JavaScript's Date and YAML 1.1 loaders roll 2019-13-45 over into
 * 2020-02-14 and 2019-02-30 into 2019-03-02; here they are errors.
 */
export type CalendarDate = { readonly ok: true; readonly date: string } | { readonly ok: false; readonly reason: string };

const SHAPE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Days in a month of the proleptic Gregorian calendar (month 1..12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function parseCalendarDate(text: string): CalendarDate {
  const shape = SHAPE.exec(text.trim());
  if (!shape) return { ok: false, reason: `"${text}" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD` };
  const [, y, m, d] = shape;
  const year = Number(y);
  if (m !== undefined) {
    const month = Number(m);
    if (month < 1 || month > 12) return { ok: false, reason: `"${text}" is not a date: there is no month ${m}` };
    if (d !== undefined) {
      const day = Number(d);
      const days = daysInMonth(year, month);
      if (day < 1 || day > days) return { ok: false, reason: `"${text}" is not a date: month ${m} of ${y} has ${days} days` };
    }
  }
  return { ok: true, date: shape[0] };
}

/** A calendar date field for zod schemas (front matter, filters). */
export const CalendarDateSchema = z.string().transform((text, context) => {
  const parsed = parseCalendarDate(text);
  if (parsed.ok) return parsed.date;
  context.addIssue({ code: "custom", message: parsed.reason });
  return z.NEVER;
});

// in a module of its own, without zod: the engine reads it (lib/resolution/era.ts) on every analysis thread
export { period } from "./period";
