import type { ArticleResult } from "../analysis/corpus";
import type { Engine } from "../analysis/engine";
import { entryView, type EntryView } from "../report/article-view";
import type { Lesson } from "./schema";
import type { WorksheetArticle } from "./worksheet";

/** What a lesson works on: its articles with their matches, and its glossary (the entries of its targets found in them, plus its extras). */
export interface LessonMaterial {
  readonly articles: readonly WorksheetArticle[];
  readonly results: readonly ArticleResult[];
  readonly glossary: readonly EntryView[];
  /** The lesson's targets with their labels: what students see, never the internal ids. */
  readonly targets: readonly TargetLabel[];
}

export interface TargetLabel {
  readonly id: string;
  readonly label: string;
  readonly label_ar: string;
}

export function lessonMaterial(
  corpus: { readonly engine: Engine; readonly byId: ReadonlyMap<string, ArticleResult>; readonly termOutlets?: ReadonlyMap<string, ReadonlySet<string>> },
  lesson: Lesson,
): LessonMaterial {
  const results = lesson.articles.flatMap((id) => {
    const r = corpus.byId.get(id);
    return r ? [r] : [];
  });
  const terms = new Set<string>();
  for (const r of results) for (const m of r.analysis.matches) if (lesson.targets.includes(m.target)) terms.add(m.term);
  for (const t of lesson.glossary) terms.add(t);
  const glossary = [...terms]
    .map((t) => entryView(corpus.engine, t, corpus.termOutlets))
    .filter((e): e is EntryView => Boolean(e))
    .sort((a, b) => a.target.localeCompare(b.target) || b.valence - a.valence || a.term.localeCompare(b.term));
  return {
    results,
    glossary,
    targets: lesson.targets.map((id) => {
      const t = corpus.engine.lexicon.targets.get(id);
      return { id, label: t?.label ?? id, label_ar: t?.label_ar ?? id };
    }),
    articles: results.map(({ article, analysis }) => ({ id: article.id, outlet: article.outlet, title: article.title, date: article.date, body: article.body, matches: analysis.matches })),
  };
}
