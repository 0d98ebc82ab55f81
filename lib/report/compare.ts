import { diffTexts, type TextDiff } from "../align";
import { collate, type Collation } from "../align/collate";
import type { TextAnalysis } from "../analysis/analyze-text";
import { analyzeArticleText } from "../analysis/corpus";
import type { Engine } from "../analysis/engine";
import { articleView, type ArticleLike, type ArticleView } from "./article-view";

/**
 * A comparison of two or more texts on one story: each text's reader view,
 * and the annotated diff (two texts) or the collation (three or more). The
 * corpus pages and the paste page both come here.
 */
export interface Comparison {
  readonly views: readonly ArticleView[];
  readonly diff: TextDiff | null;
  readonly collation: Collation | null;
}

export function compareArticles(
  engine: Engine,
  articles: readonly { readonly article: ArticleLike; readonly analysis?: TextAnalysis }[],
  termOutlets?: ReadonlyMap<string, ReadonlySet<string>>,
): Comparison {
  const sides = articles.map(({ article, analysis }) => ({ article, text: article.body, analysis: analysis ?? analyzeArticleText(engine, article) }));
  const views = sides.map((s) => articleView(engine, s.article, s.analysis, termOutlets));
  if (sides.length === 2) return { views, diff: diffTexts(sides[0]!, sides[1]!), collation: null };
  return { views, diff: null, collation: sides.length > 2 ? collate(sides) : null };
}
