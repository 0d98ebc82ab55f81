import type { Match } from "../analysis/analyze-text";
import type { ArticleResult } from "../analysis/corpus";

/**
 * "Guess the outlet": passages of the lesson's articles that carry loaded
 * terms of its targets, each with the outlet that wrote it and the words
 * that give it away.
 */
export interface GuessPassage {
  readonly article: string;
  readonly outlet: string;
  /** Where the passage starts in its article's body: with `article`, what names it (a class session's answers). */
  readonly start: number;
  readonly text: string;
  /** The give-away matches, offsets within `text`. */
  readonly clues: readonly (Pick<Match, "term" | "target" | "valence" | "text"> & { readonly start: number; readonly end: number })[];
}

/** The outermost of overlapping matches (a name nested in a longer phrase is shown as part of it): clues never overlap. */
function outermost(matches: readonly Match[]): Match[] {
  const kept: Match[] = [];
  for (const m of [...matches].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = kept[kept.length - 1];
    if (!last || m.start >= last.end) kept.push(m);
  }
  return kept;
}

export function guessPassages(results: readonly ArticleResult[], targets: readonly string[], perArticle = 2): GuessPassage[] {
  const out: GuessPassage[] = [];
  for (const { article, analysis } of results) {
    const bySentence = new Map<number, Match[]>();
    for (const m of analysis.matches) {
      if (m.valence === 0 || (targets.length > 0 && !targets.includes(m.target))) continue;
      bySentence.set(m.sentence, [...(bySentence.get(m.sentence) ?? []), m]);
    }
    const best = [...bySentence.entries()].sort(([a, x], [b, y]) => y.length - x.length || a - b).slice(0, perArticle);
    for (const [k, matches] of best.sort(([a], [b]) => a - b)) {
      const s = analysis.sentences[k]!;
      out.push({
        article: article.id,
        outlet: article.outlet,
        start: s.start,
        text: article.body.slice(s.start, s.end),
        clues: outermost(matches).map((m) => ({ term: m.term, target: m.target, valence: m.valence, text: m.text, start: m.start - s.start, end: m.end - s.start })),
      });
    }
  }
  return out;
}

/** Passages interleaved across outlets, so consecutive rounds do not come from one article. */
export function interleaveByOutlet<T extends { readonly outlet: string }>(items: readonly T[]): T[] {
  const byOutlet = new Map<string, T[]>();
  for (const it of items) byOutlet.set(it.outlet, [...(byOutlet.get(it.outlet) ?? []), it]);
  const queues = [...byOutlet.values()];
  const out: T[] = [];
  for (let round = 0; out.length < items.length; round++) for (const q of queues) if (q[round]) out.push(q[round]!);
  return out;
}
