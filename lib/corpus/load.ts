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

/** Article ids seen so far in a run: a second file with an id already seen is refused, naming the first. */
export class ArticleIds {
  private readonly seen = new Map<string, string>();

  /** Takes `id` for `file`, or gives the problem when another file has it. */
  claim(id: string, file: string): FileProblem | undefined {
    const prior = this.seen.get(id);
    if (prior) return { path: file, reason: `duplicate article id "${id}" (also in ${prior})` };
    this.seen.set(id, file);
    return undefined;
  }
}

/**
 * Articles from files (see listArticleFiles), one at a time, so a caller can
 * stream a large corpus. A second file with an id already seen is refused.
 */
export function* loadArticles(files: readonly string[], options: LoadOptions = {}): Generator<Loaded, void, undefined> {
  const ids = new ArticleIds();
  for (const file of files) {
    const loaded = loadArticle(file, options);
    const duplicate = "article" in loaded ? ids.claim(loaded.article.id, file) : undefined;
    yield duplicate ? { problem: duplicate } : loaded;
  }
}

/** The article files under `paths`: in folders .md, .markdown and .txt files; a file named directly, whatever it is. */
export function listArticleFiles(paths: readonly string[], onFile?: (count: number) => void): { files: string[]; problems: FileProblem[] } {
  return expandPaths(paths, ARTICLE_EXTENSIONS, onFile);
}
