import { diffTexts, type DiffSide, type TextDiff } from "./index";

/**
 * Collation of one story across several texts: one row per aligned
 * sentence, one column per text. The first text is the pivot every other
 * text is aligned to; a sentence only another text has gets a row of its
 * own after the pivot sentence it follows.
 */
export interface Collation {
  /** Per row, per text: the sentence index, or null where that text has no such sentence. */
  readonly rows: readonly (readonly (number | null)[])[];
  /** The pairwise diffs against the pivot (index k − 1 for text k). */
  readonly diffs: readonly TextDiff[];
}

export function collate(sides: readonly DiffSide[]): Collation {
  if (sides.length === 0) return { rows: [], diffs: [] };
  const pivot = sides[0]!;
  const width = sides.length;
  const pivotRows: (number | null)[][] = pivot.analysis.sentences.map((_, i) => {
    const row = new Array<number | null>(width).fill(null);
    row[0] = i;
    return row;
  });
  // rows that only other texts have, kept after the pivot row they follow (-1: before the first)
  const extras = new Map<number, (number | null)[][]>();
  const diffs = sides.slice(1).map((side, k) => {
    const diff = diffTexts(pivot, side);
    let after = -1;
    for (const p of diff.pairs) {
      if (p.a !== null) {
        after = p.a;
        if (p.b !== null) pivotRows[p.a]![k + 1] = p.b;
      } else if (p.b !== null) {
        const row = new Array<number | null>(width).fill(null);
        row[k + 1] = p.b;
        extras.set(after, [...(extras.get(after) ?? []), row]);
      }
    }
    return diff;
  });
  const rows = [...(extras.get(-1) ?? [])];
  pivotRows.forEach((row, i) => rows.push(row, ...(extras.get(i) ?? [])));
  return { rows, diffs };
}
