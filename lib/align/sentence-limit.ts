import { splitSentences } from "../arabic/sentences";

/**
 * The most sentences a text may have for the web routes that align texts
 * (/api/diff, /api/compare, /paste, /compare, /collate). Alignment is the
 * costly step of a diff; a bound here keeps a small body (30,000 one-word
 * lines are 180 KB) from holding a worker for minutes. The CLI has no such
 * bound: its user chose the files.
 */
export const MAX_SENTENCES_PER_TEXT = 5000;

export interface SentenceLimitExceeded {
  /** 0-based index of the first text over the limit. */
  readonly text: number;
  readonly sentences: number;
  readonly limit: number;
}

export const countSentences = (text: string): number => splitSentences(text).length;

/** The first text whose sentence count is over `limit`, or null when every text is within it. */
export function sentenceLimitExceeded(counts: readonly number[], limit = MAX_SENTENCES_PER_TEXT): SentenceLimitExceeded | null {
  const text = counts.findIndex((n) => n > limit);
  return text < 0 ? null : { text, sentences: counts[text]!, limit };
}

/** The refusal in plain words, for an API answer or a page. */
export function describeSentenceLimit(e: SentenceLimitExceeded): string {
  const n = (x: number) => x.toLocaleString("en-US");
  return `text ${e.text + 1} has ${n(e.sentences)} sentences; texts to align may have at most ${n(e.limit)} sentences each`;
}
