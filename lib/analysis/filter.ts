import { z } from "zod";
import type { ArticleResult } from "./corpus";

/** What a comparison looks at: the filters of the web UI and the report, as one schema. */
export const CorpusFilterSchema = z.object({
  /** Only these articles (a report on one comparison of articles). */
  ids: z.array(z.string()).default([]),
  outlets: z.array(z.string()).default([]),
  targets: z.array(z.string()).default([]),
  from: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/).optional(),
  to: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/).optional(),
  voice: z.enum(["all", "own"]).default("all"),
  /** Count side-switching labels toward the camp they were resolved to (false: leave them with their generic target). */
  resolved: z.boolean().default(true),
});
export type CorpusFilter = z.infer<typeof CorpusFilterSchema>;

/** The first and last day a date of any precision (2019, 2019-03, 2019-03-05) covers. */
function period(date: string): [string, string] {
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
