/** What the benchmarks are built from: the bundled articles, and the lexicon's forms as grep patterns. */
import fs from "node:fs";
import { listArticleFiles, loadArticles } from "../lib/corpus/load";
import type { Article } from "../lib/corpus/schema";
import { defaultArticlesPath } from "../lib/io/paths";
import type { Lexicon } from "../lib/lexicon/schema";

export function bundledArticles(): Article[] {
  const { files } = listArticleFiles([defaultArticlesPath()]);
  return [...loadArticles(files)].flatMap((l) => ("article" in l ? [l.article] : []));
}

/** Every form of the lexicon, one a line: the patterns of the `grep -F -f` baseline. */
export function writeGrepPatterns(file: string, lexicon: Lexicon): void {
  fs.writeFileSync(file, `${[...new Set(lexicon.entries.flatMap((e) => e.forms))].join("\n")}\n`);
}
