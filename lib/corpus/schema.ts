import { z } from "zod";
import { CalendarDateSchema } from "./date";

/** The front matter is read as YAML 1.2 (parse.ts), so a date is the text the file gives, checked as a real date. */
const dateText = z.union([z.string(), z.number().int()]).transform(String).pipe(CalendarDateSchema);

/** The one rule for article ids, whatever the input: letters, digits, dots, dashes, underscores (safe in URLs, file names and terminals). */
const ID_CHARACTERS = /^[\p{L}\p{N}._-]+$/u;
export const ArticleIdSchema = z.string().regex(ID_CHARACTERS, "must be letters, digits, dots, dashes or underscores");

/** The id of a file without front matter: its name, each run of other characters (spaces, line breaks, quotes) made one dash. */
export function idFromFileName(name: string): string {
  return name.replace(/[^\p{L}\p{N}._-]+/gu, "-").replace(/^-+|-+$/g, "");
}

/** The front matter of an article file. Unknown fields are kept (seed, via, source...). */
export const FrontMatterSchema = z.looseObject({
  id: ArticleIdSchema,
  outlet: z.string().trim().min(1),
  outlet_en: z.string().trim().min(1).optional(),
  date: dateText.nullable().optional(),
  url: z.url().nullable().optional(),
  title: z.string().trim().min(1),
  confidence: z.string().optional(),
});
export type FrontMatter = z.infer<typeof FrontMatterSchema>;

/** An article of the corpus: metadata and the body, untouched. Every offset points into `body`. */
export interface Article {
  readonly id: string;
  readonly path: string;
  readonly outlet: string;
  readonly outlet_en: string | null;
  readonly title: string;
  readonly date: string | null;
  readonly url: string | null;
  readonly body: string;
  readonly encoding: string;
  /** Every front-matter field, as given. */
  readonly meta: Readonly<Record<string, unknown>>;
}
