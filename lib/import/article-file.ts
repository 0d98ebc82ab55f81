import path from "node:path";
import { ArticleError, parseArticle } from "../corpus/parse";
import { LEGACY_ENCODINGS } from "../io/decode";
import { isFileProblem, readTextFile } from "../io/files";
import { readBytes } from "../io/stream";
import { normalizeDate } from "./dates";
import { skipped, type ImportEvent, type SourceContext } from "./events";
import { extractHtmlArticle } from "./html";
import { ImportedArticleSchema, type ImportedArticle } from "./schema";
import { detectEncoding } from "./text-stream";

export const HTML_EXTENSIONS = [".html", ".htm"] as const;

const isHtml = (file: string) => (HTML_EXTENSIONS as readonly string[]).includes(path.extname(file).toLowerCase());

/** A checked article, or the schema's complaint as a skip (never a half-filled record). */
function checked(article: ImportedArticle): ImportEvent {
  const result = ImportedArticleSchema.safeParse(article);
  if (result.success) return { kind: "article", article: result.data };
  return skipped(article.source, null, result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "));
}

function fromHtml(file: string, text: string, ctx: SourceContext): ImportEvent {
  const page = extractHtmlArticle(text);
  if ("reason" in page) return skipped(file, null, page.reason);
  return checked({
    source: file,
    line: null,
    sourceId: file,
    outlet: ctx.options.outlet ?? page.siteName ?? ctx.folderOutlet ?? null,
    outletEn: null,
    date: page.date,
    title: page.title,
    url: null,
    language: page.language,
    body: page.body,
  });
}

/**
 * A Markdown or text file, read as `adasa analyze` reads it (lib/corpus):
 * front matter gives id, outlet, date, title and url; a plain text file has
 * its first line as title and no date.
 */
function fromText(file: string, text: string, encoding: string, ctx: SourceContext): ImportEvent {
  try {
    const article = parseArticle(text, file, { encoding });
    const hasFrontMatter = Object.keys(article.meta).length > 0;
    return checked({
      source: file,
      line: null,
      sourceId: hasFrontMatter ? article.id : file,
      outlet: ctx.options.outlet ?? (hasFrontMatter ? article.outlet : null) ?? ctx.folderOutlet ?? null,
      outletEn: article.outlet_en,
      date: article.date ? normalizeDate(article.date) : null,
      title: article.title || null,
      url: article.url,
      language: typeof article.meta.language === "string" ? article.meta.language : null,
      body: article.body,
    });
  } catch (error) {
    if (error instanceof ArticleError) return skipped(file, null, error.message);
    throw error;
  }
}

/** One article file (Markdown, text or a saved HTML page) → one event. */
export function readArticleFile(file: string, ctx: SourceContext): ImportEvent {
  const decoded = readTextFile(file, ctx.options.encoding);
  if (isFileProblem(decoded)) return skipped(file, null, decoded.reason);
  if (decoded.text.includes("\uFFFD")) return skipped(file, null, `undecodable byte (not valid ${decoded.encoding})`);
  // UTF-8 with a damaged byte is not valid UTF-8, and could pass for a legacy code page: that would import mojibake
  const legacy = (LEGACY_ENCODINGS as readonly string[]).includes(decoded.encoding);
  if (legacy && !ctx.options.encoding && detectEncoding(readBytes(file), true) === "utf-8") return skipped(file, null, "undecodable byte (not valid utf-8)");
  return isHtml(file) ? fromHtml(file, decoded.text, ctx) : fromText(file, decoded.text, decoded.encoding, ctx);
}
