import type { Span } from "../arabic/sentences";
import { tokenize, type Token } from "../arabic/tokenize";
import type { Match, TextAnalysis } from "../analysis/analyze-text";
import { candidatePairs } from "./candidates";
import { alignMonotone, DEFAULT_THRESHOLD, type AlignedPair } from "./monotone";
import { findSwaps, type Swap } from "./swaps";
import { diffWords, type WordRun } from "./word-diff";

export type { AlignedPair } from "./monotone";
export { checkSentenceLimit, MAX_SENTENCES_PER_TEXT, type SentenceLimit } from "./limits";
export type { Swap, SwapSide } from "./swaps";
export type { WordRun, Range } from "./word-diff";

/** One side of a diff: the text and its analysis. */
export interface DiffSide {
  readonly text: string;
  readonly analysis: TextAnalysis;
}

export interface DiffPair extends AlignedPair {
  /** Word runs of an aligned pair; null for an only-in-A or only-in-B sentence. */
  readonly words: readonly WordRun[] | null;
}

export interface TextDiff {
  readonly pairs: readonly DiffPair[];
  readonly swaps: readonly Swap[];
  readonly threshold: number;
}

/** Tokens of each sentence, in order. */
function tokensBySentence(text: string, sentences: readonly Span[]): Token[][] {
  const tokens = tokenize(text);
  const out: Token[][] = sentences.map(() => []);
  let s = 0;
  for (const t of tokens) {
    while (s < sentences.length && t.start >= sentences[s]!.end) s++;
    if (s < sentences.length && t.start >= sentences[s]!.start) out[s]!.push(t);
  }
  return out;
}

function matchesBySentence(analysis: TextAnalysis): Match[][] {
  const out: Match[][] = analysis.sentences.map(() => []);
  for (const m of analysis.matches) out[m.sentence]?.push(m);
  return out;
}

/**
 * The annotated diff of two texts: sentences aligned in order, a word diff
 * within each aligned pair, and the framing swaps between them.
 */
export function diffTexts(a: DiffSide, b: DiffSide, threshold = DEFAULT_THRESHOLD): TextDiff {
  const tokensA = tokensBySentence(a.text, a.analysis.sentences);
  const tokensB = tokensBySentence(b.text, b.analysis.sentences);
  const words = (sentences: Token[][]) => sentences.map((ts) => ts.filter((t) => t.isWord).map((t) => t.norm));
  const candidates = candidatePairs(words(tokensA), words(tokensB), threshold);
  const aligned = alignMonotone(candidates, tokensA.length, tokensB.length, threshold);
  const matchesA = matchesBySentence(a.analysis);
  const matchesB = matchesBySentence(b.analysis);
  const swaps: Swap[] = [];
  const pairs = aligned.map((p, k): DiffPair => {
    if (p.a === null || p.b === null) return { ...p, words: null };
    swaps.push(...findSwaps(k, matchesA[p.a]!, matchesB[p.b]!));
    return { ...p, words: diffWords(tokensA[p.a]!, tokensB[p.b]!) };
  });
  return { pairs, swaps, threshold };
}
