import type { ArticleResult, OutletScore } from "../analysis/corpus";
import type { ScoreOptions } from "../analysis/tally";
import type { FileProblem } from "../io/files";
import type { Lexicon } from "../lexicon/schema";
import { lexiconSummary } from "../lexicon/version";

/**
 * The analysis as JSON: the shape `adasa analyze --format json` prints and
 * the web API returns. Field names are a contract other tools rely on.
 */
export function analysisJson(input: {
  lexicon: Lexicon;
  options: ScoreOptions;
  articles: readonly ArticleResult[];
  outlets: readonly OutletScore[];
  problems: readonly FileProblem[];
}) {
  return {
    lexicon: lexiconSummary(input.lexicon),
    options: input.options,
    articles: input.articles.map(articleJson),
    outlets: input.outlets,
    problems: input.problems,
  };
}

export function articleJson({ article, analysis, targets }: ArticleResult) {
  return {
    id: article.id,
    path: article.path,
    outlet: article.outlet,
    outlet_en: article.outlet_en,
    title: article.title,
    date: article.date,
    url: article.url,
    encoding: article.encoding,
    words: analysis.words,
    sentences: analysis.sentences.length,
    matches: analysis.matches,
    targets,
  };
}

export type AnalysisJson = ReturnType<typeof analysisJson>;
