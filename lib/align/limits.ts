import { splitSentences } from "../arabic/sentences";

/**
 * How many sentences one text may have to be aligned where a user can send
 * it (the web routes). Alignment is near-linear (see candidates.ts), but the
 * word diff of every aligned pair, the swaps and the JSON answer still grow
 * with the text, and a news article has tens of sentences, a long report a
 * few hundred: 5,000 leaves room for a book chapter and bounds the answer.
 */
export const MAX_SENTENCES_PER_TEXT = 5_000;

export type SentenceLimit =
  | { readonly ok: true; readonly sentences: number }
  | { readonly ok: false; readonly sentences: number; readonly max: number; readonly message: string };

/** Counts `text`'s sentences as alignment splits them and says whether they are within `max`. */
export function checkSentenceLimit(text: string, max = MAX_SENTENCES_PER_TEXT, label = "text"): SentenceLimit {
  const sentences = splitSentences(text).length;
  if (sentences <= max) return { ok: true, sentences };
  const message = `${label} has ${sentences.toLocaleString("en")} sentences; at most ${max.toLocaleString("en")} can be aligned`;
  return { ok: false, sentences, max, message };
}
