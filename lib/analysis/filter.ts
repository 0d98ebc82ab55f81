import { z } from "zod";
import type { ArticleResult } from "./corpus";

const DATE_SHAPE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * A filter date, YYYY, YYYY-MM or YYYY-MM-DD, that names a real period: month 01–12, a day that
 * month has (2019-02-29 is not one, 2020-02-29 is). For the lead engineer: this is the filter's own
 * check; lib/corpus/date.ts (parseCalendarDate, branch hard-lib) checks front-matter dates the
 * same way, and one of the two can serve both once the branches are merged.
 */
export function isFilterCalendarDate(date: string): boolean {
  const m = DATE_SHAPE.exec(date);
  if (!m) return false;
  const [, y, mo, d] = m;
  if (mo === undefined) return true;
  const month = Number(mo);
  if (month < 1 || month > 12) return false;
  if (d === undefined) return true;
  const day = Number(d);
  const daysInMonth = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
  return day >= 1 && day <= daysInMonth;
}

const FilterDate = z.string().refine(isFilterCalendarDate, { error: (issue) => `"${String(issue.input)}" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD with a real month and day` });

/** What a comparison looks at: the filters of the web UI and the report, as one schema. */
export const CorpusFilterSchema = z
  .object({
    /** Only these articles (a report on one comparison of articles). */
    ids: z.array(z.string()).default([]),
    outlets: z.array(z.string()).default([]),
    targets: z.array(z.string()).default([]),
    from: FilterDate.optional(),
    to: FilterDate.optional(),
    voice: z.enum(["all", "own"]).default("all"),
    /** Count side-switching labels toward the camp they were resolved to (false: leave them with their generic target). */
    resolved: z.boolean().default(true),
  })
  .refine((f) => !f.from || !f.to || period(f.from)[0] <= period(f.to)[1], {
    path: ["from"],
    message: "from is after to: the range holds no day",
  });
export type CorpusFilter = z.infer<typeof CorpusFilterSchema>;

/** The first and last day a date of any precision (2019, 2019-03, 2019-03-05) covers. */
export function period(date: string): [string, string] {
  const [y, m, d] = date.split("-");
  if (d) return [date, date];
  if (m) return [`${y}-${m}-01`, `${y}-${m}-31`];
  return [`${y}-01-01`, `${y}-12-31`];
}

/** Articles the filter keeps: outlet among those chosen, date overlapping the range (undated ones only without a range). */
export function filterArticles(results: readonly ArticleResult[], filter: CorpusFilter): ArticleResult[] {
  const outlets = new Set(filter.outlets);
  const ids = new Set(filter.ids);
  const from = filter.from ? period(filter.from)[0] : undefined;
  const to = filter.to ? period(filter.to)[1] : undefined;
  return results.filter(({ article }) => {
    if (ids.size > 0 && !ids.has(article.id)) return false;
    if (outlets.size > 0 && !outlets.has(article.outlet)) return false;
    if (!from && !to) return true;
    if (!article.date) return false;
    const [start, end] = period(article.date);
    return (!from || end >= from) && (!to || start <= to);
  });
}
