import type { Match, TextAnalysis } from "../analysis/analyze-text";
import type { Engine } from "../analysis/engine";
import { Tally, type TargetScore } from "../analysis/tally";
import type { Article } from "../corpus/schema";
import { readerModel, type ReaderModel } from "./reader";

/**
 * Everything the article reader shows, as plain data (it crosses from the
 * server to the browser): the body, its pieces, the matches, the lexicon
 * entries behind them with their counterparts, and the per-target summary.
 */
export interface EntryView {
  readonly term: string;
  readonly forms: readonly string[];
  readonly target: string;
  readonly targetLabel: string;
  readonly targetLabelAr: string;
  readonly category: string;
  readonly valence: number;
  readonly gloss: string;
  readonly rationale: string;
  /** Other framings of the same referent, and the outlets of this corpus that use them. */
  readonly counterparts: readonly { readonly term: string; readonly form: string; readonly gloss: string; readonly valence: number; readonly outlets: readonly string[] }[];
}

export interface ArticleView {
  readonly id: string;
  readonly outlet: string;
  readonly outlet_en: string | null;
  readonly title: string;
  readonly date: string | null;
  readonly url: string | null;
  readonly body: string;
  readonly words: number;
  /** Sentence spans of the body (what match.sentence and diff pairs index). */
  readonly sentences: readonly { readonly start: number; readonly end: number }[];
  readonly matches: readonly Match[];
  readonly reader: ReaderModel;
  readonly entries: Readonly<Record<string, EntryView>>;
  readonly targets: readonly TargetScore[];
}

export type ArticleLike = Pick<Article, "id" | "outlet" | "outlet_en" | "title" | "date" | "url" | "body">;

export function entryView(engine: Engine, term: string, termOutlets?: ReadonlyMap<string, ReadonlySet<string>>): EntryView | undefined {
  const e = engine.lexicon.entries.get(term);
  if (!e) return undefined;
  const target = engine.lexicon.targets.get(e.target);
  return {
    term,
    forms: e.forms,
    target: e.target,
    targetLabel: target?.label ?? e.target,
    targetLabelAr: target?.label_ar ?? e.target,
    category: e.category,
    valence: e.valence,
    gloss: e.gloss,
    rationale: e.rationale,
    counterparts: e.counterparts.flatMap((c) => {
      const other = engine.lexicon.entries.get(c);
      return other ? [{ term: c, form: other.forms[0]!, gloss: other.gloss, valence: other.valence, outlets: [...(termOutlets?.get(c) ?? [])].sort() }] : [];
    }),
  };
}

export function articleView(engine: Engine, article: ArticleLike, analysis: TextAnalysis, termOutlets?: ReadonlyMap<string, ReadonlySet<string>>): ArticleView {
  const entries: Record<string, EntryView> = {};
  for (const m of analysis.matches) entries[m.term] ??= entryView(engine, m.term, termOutlets)!;
  return {
    id: article.id,
    outlet: article.outlet,
    outlet_en: article.outlet_en,
    title: article.title,
    date: article.date,
    url: article.url,
    body: article.body,
    words: analysis.words,
    sentences: analysis.sentences,
    matches: analysis.matches,
    reader: readerModel(engine, article.body, analysis),
    entries,
    targets: new Tally(engine.lexicon).add(analysis).scores(),
  };
}
