import type { Article } from "../corpus/schema";
import { analyzeText, type TextAnalysis } from "./analyze-text";
import type { Engine } from "./engine";
import { DEFAULT_SCORE_OPTIONS, Tally, type ScoreOptions, type TargetScore } from "./tally";

export interface ArticleResult {
  readonly article: Article;
  readonly analysis: TextAnalysis;
  readonly targets: readonly TargetScore[];
}

/** An article's text analysed in its era (its date picks the actor a name meant then): the one way every path analyses an article. */
export const analyzeArticleText = (engine: Engine, article: Pick<Article, "body" | "date">): TextAnalysis => analyzeText(engine, article.body, article.date);

export function analyzeArticle(engine: Engine, article: Article, options: ScoreOptions = DEFAULT_SCORE_OPTIONS): ArticleResult {
  return resultOf(engine, article, analyzeArticleText(engine, article), options);
}

/** An article with its analysis (made now, or read back from the store) and its per-target scores. */
export function resultOf(engine: Engine, article: Article, analysis: TextAnalysis, options: ScoreOptions = DEFAULT_SCORE_OPTIONS): ArticleResult {
  return { article, analysis, targets: new Tally(engine.lexicon, options).add(analysis).scores() };
}

export interface OutletScore {
  readonly outlet: string;
  readonly outlet_en: string | null;
  readonly articles: number;
  readonly words: number;
  readonly targets: readonly TargetScore[];
}

/** Per-outlet running totals over a stream of analysed articles. */
export class OutletTallies {
  private readonly outlets = new Map<string, { outlet_en: string | null; tally: Tally }>();

  constructor(
    private readonly engine: Engine,
    private readonly options: ScoreOptions = DEFAULT_SCORE_OPTIONS,
  ) {}

  add(outlet: string, outletEn: string | null, analysis: Pick<TextAnalysis, "words" | "matches">): void {
    let o = this.outlets.get(outlet);
    if (!o) this.outlets.set(outlet, (o = { outlet_en: outletEn, tally: new Tally(this.engine.lexicon, this.options) }));
    o.outlet_en ??= outletEn;
    o.tally.add(analysis);
  }

  /** Outlets sorted by name, so the order of files never changes the output. */
  scores(): OutletScore[] {
    return [...this.outlets.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([outlet, { outlet_en, tally }]) => ({ outlet, outlet_en, articles: tally.texts, words: tally.words, targets: tally.scores() }));
  }
}
