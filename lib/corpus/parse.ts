import path from "node:path";
import { problemsFromZod } from "../lexicon/problems";
import { hasFrontMatter, splitFrontMatter, type FrontMatter } from "./front-matter";
import { ArticleIdSchema, FrontMatterSchema, idFromFileName, type Article } from "./schema";

export class ArticleError extends Error {}

export interface ParseOptions {
  /** Outlet for files without front matter. */
  readonly outlet?: string;
  readonly encoding?: string;
}

function firstLine(body: string): string {
  const line = body.split(/\r?\n/).find((l) => l.trim()) ?? "";
  return line.trim().slice(0, 200);
}

/**
 * Text of a file → an article. A file with YAML front matter gives its own
 * metadata; a plain text file gets its id from its name, its title from its
 * first line and its outlet from the options ("unknown" without).
 */
export function parseArticle(text: string, file: string, options: ParseOptions = {}): Article {
  const encoding = options.encoding ?? "utf-8";
  if (!hasFrontMatter(text)) {
    if (!text.trim()) throw new ArticleError("empty article: no text");
    const id = ArticleIdSchema.safeParse(idFromFileName(path.basename(file, path.extname(file))));
    if (!id.success) throw new ArticleError("no id: the file name has no letter or digit to make one from; rename it or add front matter with an id");
    return {
      id: id.data,
      path: file,
      outlet: options.outlet ?? "unknown",
      outlet_en: null,
      title: firstLine(text),
      date: null,
      url: null,
      body: text,
      encoding,
      meta: {},
    };
  }
  let parsed: FrontMatter;
  try {
    parsed = splitFrontMatter(text);
  } catch (error) {
    const reason = (error as Error).message.split("\n")[0];
    throw new ArticleError(`broken front matter: ${reason}`);
  }
  const meta = FrontMatterSchema.safeParse(parsed.data);
  if (!meta.success) {
    const detail = problemsFromZod(meta.error, parsed.data)
      .map((p) => `${p.where}: ${p.message}`)
      .join("; ");
    throw new ArticleError(`front matter: ${detail}`);
  }
  const body = parsed.body;
  if (!body.trim()) throw new ArticleError("empty article: front matter but no text");
  const m = meta.data;
  return {
    id: m.id,
    path: file,
    outlet: m.outlet,
    outlet_en: m.outlet_en ?? null,
    title: m.title,
    date: m.date ?? null,
    url: m.url ?? null,
    body,
    encoding,
    meta: m,
  };
}
