import { z } from "zod";

/** The fields an import recognises in a row or record; `--map field=column` names their column. */
export const FIELDS = ["title", "url", "id", "date", "outlet", "outletEn", "text", "language"] as const;
export const FieldSchema = z.enum(FIELDS);
export type Field = z.infer<typeof FieldSchema>;

/** A real calendar date, YYYY-MM-DD (dates.ts makes them). */
export const CalendarDateSchema = z.iso.date();

/**
 * One article as read from a researcher's export, before it is stored or
 * analysed. `body` is the text as the source gives it (never empty); every
 * offset later computed on it points into it.
 */
export const ImportedArticleSchema = z.object({
  /** The file path as given (relative if given relative). */
  source: z.string().min(1),
  /** The 1-based line of the row's first line in a CSV or JSONL file, else null. */
  line: z.number().int().positive().nullable(),
  /** Stable within the source: an id/guid column, else the url, else `${file}#${line}` (item number in a JSON array), else the file path. */
  sourceId: z.string().min(1),
  outlet: z.string().min(1).nullable(),
  outletEn: z.string().min(1).nullable().optional(),
  date: CalendarDateSchema.nullable(),
  title: z.string().nullable(),
  url: z.string().nullable(),
  language: z.string().nullable(),
  body: z.string().refine((b) => b.trim().length > 0, "empty text"),
});
export type ImportedArticle = z.infer<typeof ImportedArticleSchema>;
