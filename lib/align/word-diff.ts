import { diffArrays } from "diff";
import type { Token } from "../arabic/tokenize";

/**
 * Word-level diff of two aligned sentences: jsdiff's diffArrays (Myers 1986)
 * over our token arrays, compared on their normalized forms, so diacritics
 * or hamza spellings are not reported as changes. Each run points back at
 * the original text of its side.
 */
export interface Range {
  readonly start: number;
  readonly end: number;
}

export interface WordRun {
  readonly kind: "equal" | "removed" | "added";
  /** Original text in A (equal, removed) and in B (equal, added). */
  readonly a: Range | null;
  readonly b: Range | null;
}

const span = (tokens: readonly Token[]): Range => ({ start: tokens[0]!.start, end: tokens[tokens.length - 1]!.end });

export function diffWords(a: readonly Token[], b: readonly Token[]): WordRun[] {
  const runs: WordRun[] = [];
  let i = 0;
  let j = 0;
  for (const part of diffArrays<Token>([...a], [...b], { comparator: (x, y) => x.norm === y.norm })) {
    const count = part.value.length;
    if (count === 0) continue;
    if (part.added) {
      runs.push({ kind: "added", a: null, b: span(b.slice(j, j + count)) });
      j += count;
    } else if (part.removed) {
      runs.push({ kind: "removed", a: span(a.slice(i, i + count)), b: null });
      i += count;
    } else {
      runs.push({ kind: "equal", a: span(a.slice(i, i + count)), b: span(b.slice(j, j + count)) });
      i += count;
      j += count;
    }
  }
  return runs;
}
