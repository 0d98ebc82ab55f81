import type { Match } from "../analysis/analyze-text";

/**
 * Framing swaps in one aligned sentence pair: where A names a target with
 * one term and B with another (تنظيم الدولة الإسلامية → تنظيم داعش). Per
 * target, terms both sides share are set aside first; what is left is paired
 * in reading order.
 */
export interface SwapSide {
  readonly term: string;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly valence: number;
}

export interface Swap {
  readonly target: string;
  /** Index of the aligned pair in the diff. */
  readonly pair: number;
  readonly a: SwapSide;
  readonly b: SwapSide;
}

const side = (m: Match): SwapSide => ({ term: m.term, text: m.text, start: m.start, end: m.end, valence: m.valence });

function withoutShared(mine: readonly Match[], theirs: readonly Match[]): Match[] {
  const left = [...theirs];
  return mine.filter((m) => {
    const k = left.findIndex((t) => t.term === m.term);
    if (k < 0) return true;
    left.splice(k, 1);
    return false;
  });
}

export function findSwaps(pair: number, a: readonly Match[], b: readonly Match[]): Swap[] {
  const swaps: Swap[] = [];
  const targets = [...new Set(a.map((m) => m.target))].filter((t) => b.some((m) => m.target === t));
  for (const target of targets) {
    const ofA = a.filter((m) => m.target === target);
    const ofB = b.filter((m) => m.target === target);
    const onlyA = withoutShared(ofA, ofB);
    const onlyB = withoutShared(ofB, ofA);
    for (let k = 0; k < Math.min(onlyA.length, onlyB.length); k++) {
      swaps.push({ target, pair, a: side(onlyA[k]!), b: side(onlyB[k]!) });
    }
  }
  return swaps.sort((x, y) => x.a.start - y.a.start);
}
