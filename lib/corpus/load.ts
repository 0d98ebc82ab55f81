import type { Encoding } from "../io/decode";
import { expandPaths, isFileProblem, readTextFile, type FileProblem, ARTICLE_EXTENSIONS } from "../io/files";
import { ArticleError, parseArticle } from "./parse";
import type { Article } from "./schema";

export interface LoadOptions {
  readonly outlet?: string;
  readonly encoding?: Encoding;
}

export type Loaded = { readonly article: Article } | { readonly problem: FileProblem };

/** One file → an article, or the reason it was skipped. Never throws for bad input. */
export function loadArticle(file: string, options: LoadOptions = {}): Loaded {
  const decoded = readTextFile(file, options.encoding);
  if (isFileProblem(decoded)) return { problem: decoded };
  try {
    return { article: parseArticle(decoded.text, file, { outlet: options.outlet, encoding: decoded.encoding }) };
  } catch (error) {
    if (error instanceof ArticleError) return { problem: { path: file, reason: error.message } };
    throw error;
  }
}

/**
 * Articles from files (see listArticleFiles), one at a time, so a caller can
 * stream a large corpus. A second file with an id already seen is refused.
 */
export function* loadArticles(files: readonly string[], options: LoadOptions = {}): Generator<Loaded, void, undefined> {
  const seen = new Map<string, string>();
  for (const file of files) {
    const loaded = loadArticle(file, options);
    if ("article" in loaded) {
      const prior = seen.get(loaded.article.id);
      if (prior) {
        yield { problem: { path: file, reason: `duplicate article id "${loaded.article.id}" (also in ${prior})` } };
        continue;
      }
      seen.set(loaded.article.id, file);
    }
    yield loaded;
  }
}

/** The article files under `paths`: in folders .md, .markdown and .txt files; a file named directly, whatever it is. */
export function listArticleFiles(paths: readonly string[]): { files: string[]; problems: FileProblem[] } {
  return expandPaths(paths, ARTICLE_EXTENSIONS);
}
