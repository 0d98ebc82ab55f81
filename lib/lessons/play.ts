import { tokenize } from "../arabic/tokenize";
import type { Engine } from "../analysis/engine";
import { entryView, type EntryView } from "../report/article-view";
import { guessPassages, interleaveByOutlet, type GuessPassage } from "./guess";
import type { LessonMaterial } from "./material";
import type { Lesson } from "./schema";
import type { WorksheetArticle } from "./worksheet";

/** What a round of either game is played with: the same for a lesson page and for a class session. */
export interface SpotRound {
  readonly article: WorksheetArticle;
  /** Word tokens of the body: what a student can tap. */
  readonly words: readonly { readonly start: number; readonly end: number }[];
  readonly entries: Readonly<Record<string, EntryView>>;
  readonly targets: readonly { readonly id: string; readonly label: string }[];
}

export interface GuessRound {
  readonly passages: readonly GuessPassage[];
  readonly outlets: readonly string[];
  readonly glosses: Readonly<Record<string, string>>;
}

type Corpus = { readonly engine: Engine; readonly termOutlets?: ReadonlyMap<string, ReadonlySet<string>> };

/** Spot the framing on one of the lesson's articles (the first when `articleId` is not one of them). */
export function spotRound(corpus: Corpus, material: LessonMaterial, articleId: string | undefined, lang: "en" | "ar"): SpotRound {
  const article = material.articles.find((a) => a.id === articleId) ?? material.articles[0]!;
  const words = tokenize(article.body)
    .filter((t) => t.isWord)
    .map((t) => ({ start: t.start, end: t.end }));
  const entries: Record<string, EntryView> = {};
  for (const m of article.matches) entries[m.term] ??= entryView(corpus.engine, m.term, corpus.termOutlets)!;
  const targets = material.targets.map((t) => ({ id: t.id, label: lang === "ar" ? t.label_ar : t.label }));
  return { article, words, entries, targets };
}

/** Guess the outlet: the lesson's passages interleaved across outlets, the outlets to choose from, the clues' glosses. */
export function guessRound(corpus: Corpus, lesson: Lesson, material: LessonMaterial): GuessRound {
  const passages = interleaveByOutlet(guessPassages(material.results, lesson.targets));
  const outlets = [...new Set(material.articles.map((a) => a.outlet))].sort();
  const glosses = Object.fromEntries(passages.flatMap((p) => p.clues.map((cl) => [cl.term, corpus.engine.lexicon.entries.get(cl.term)?.gloss ?? cl.term])));
  return { passages, outlets, glosses };
}
