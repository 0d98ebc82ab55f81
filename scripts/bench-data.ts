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

/** The bundled articles repeated to at least `megabytes` MB (the engine benchmarks' sample), and its size in bytes. */
export function repeatedArticles(megabytes: number): { sample: { outlet: string; body: string }[]; bytes: number } {
  const articles = bundledArticles();
  const sample: { outlet: string; body: string }[] = [];
  let bytes = 0;
  while (bytes < megabytes * 1024 * 1024) {
    for (const a of articles) {
      sample.push({ outlet: a.outlet, body: a.body });
      bytes += Buffer.byteLength(a.body);
    }
  }
  return { sample, bytes };
}
