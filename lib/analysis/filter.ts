import { z } from "zod";
import { CalendarDateSchema, parseCalendarDate, period } from "../corpus/date";
import type { ArticleResult } from "./corpus";

/** A filter date, YYYY, YYYY-MM or YYYY-MM-DD, that names a real period (the corpus's own calendar check). */
export const isFilterCalendarDate = (date: string): boolean => parseCalendarDate(date).ok;

const FilterDate = CalendarDateSchema;

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

export { period } from "../corpus/date";

/** Whether the filter keeps an article: outlet among those chosen, date overlapping the range (undated ones only without a range). */
export function articleFilter(filter: CorpusFilter): (result: { readonly article: Pick<ArticleResult["article"], "id" | "outlet" | "date"> }) => boolean {
  const outlets = new Set(filter.outlets);
  const ids = new Set(filter.ids);
  const from = filter.from ? period(filter.from)[0] : undefined;
  const to = filter.to ? period(filter.to)[1] : undefined;
  return ({ article }) => {
    if (ids.size > 0 && !ids.has(article.id)) return false;
    if (outlets.size > 0 && !outlets.has(article.outlet)) return false;
    if (!from && !to) return true;
    if (!article.date) return false;
    const [start, end] = period(article.date);
    return (!from || end >= from) && (!to || start <= to);
  };
}

/** Articles the filter keeps (`articleFilter`), in their order. */
export function filterArticles(results: readonly ArticleResult[], filter: CorpusFilter): ArticleResult[] {
  return results.filter(articleFilter(filter));
}
