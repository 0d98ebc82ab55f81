import type { Match } from "../analysis/analyze-text";
import type { ArticleResult } from "../analysis/corpus";
import type { Voice } from "../voice";

/** Keyword in context: the sentence around a match, with the match's place in it. */
export interface Passage {
  readonly article: string;
  readonly outlet: string;
  readonly title: string;
  readonly date: string | null;
  readonly sentence: string;
  /** The match within `sentence`. */
  readonly start: number;
  readonly end: number;
  readonly term: string;
  readonly target: string;
  readonly valence: number;
  readonly voice: Voice;
  readonly scare_quoted: boolean;
  /** The match's offsets in the article body, for a link into the reader. */
  readonly at: number;
}

export interface PassageQuery {
  readonly outlet?: string;
  readonly target?: string;
  readonly term?: string;
  readonly voice?: "all" | "own";
}

const wanted = (m: Match, q: PassageQuery) =>
  (!q.target || m.target === q.target) && (!q.term || m.term === q.term) && (q.voice !== "own" || m.voice === "author");

/** The passage of one match: its sentence of the article body, with the match's place in it. */
export function passageAt(
  article: { readonly id: string; readonly outlet: string; readonly title: string; readonly date: string | null; readonly body: string },
  sentence: { readonly start: number; readonly end: number },
  m: Pick<Match, "start" | "end" | "term" | "target" | "valence" | "voice" | "scare_quoted">,
): Passage {
  return {
    article: article.id,
    outlet: article.outlet,
    title: article.title,
    date: article.date,
    sentence: article.body.slice(sentence.start, sentence.end),
    start: m.start - sentence.start,
    end: m.end - sentence.start,
    term: m.term,
    target: m.target,
    valence: m.valence,
    voice: m.voice,
    scare_quoted: m.scare_quoted,
    at: m.start,
  };
}

/** The passages behind a chart bar: every match of the query, in corpus order. */
export function passages(results: readonly ArticleResult[], q: PassageQuery, limit = 500): Passage[] {
  const out: Passage[] = [];
  for (const { article, analysis } of results) {
    if (q.outlet && article.outlet !== q.outlet) continue;
    for (const m of analysis.matches) {
      if (!wanted(m, q)) continue;
      out.push(passageAt(article, analysis.sentences[m.sentence]!, m));
      if (out.length >= limit) return out;
    }
  }
  return out;
}
