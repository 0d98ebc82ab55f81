import { z } from "zod";
import { normalize } from "../arabic/normalize";
import stopwordData from "./stopwords-ar.json";

/**
 * Keyness: the words one outlet uses more (or less) than all the others,
 * by signed log-likelihood G² of each word's 2×2 table (outlet vs rest,
 * word vs other words), with the Yates correction where an expected count
 * is under 5 — as quanteda's textstat_keyness(measure = "lr") computes it
 * (quanteda.textstats, src/keyness.cpp; Dunning 1993). Positive: more
 * frequent in the outlet than expected.
 */
const StopwordsSchema = z.object({ words: z.array(z.string().min(1)) });
export const STOPWORDS: ReadonlySet<string> = new Set(StopwordsSchema.parse(stopwordData).words.map(normalize));

const EPSILON = 1e-9;

function yates(a: number, b: number, c: number, d: number): number {
  const n = a + b + c + d;
  const small = (a + b) * (a + c) / n < 5 || (a + b) * (b + d) / n < 5 || (a + c) * (c + d) / n < 5 || (c + d) * (b + d) / n < 5;
  return Math.abs(a * d - b * c) >= n / 2 && small ? 0.5 : 0;
}

/** Signed G² for a word seen `a` times in a target of `targetTotal` words and `b` times in a reference of `referenceTotal`. */
export function signedG2(a: number, b: number, targetTotal: number, referenceTotal: number): number {
  const c = targetTotal - a;
  const d = referenceTotal - b;
  const n = a + b + c + d;
  const expected = ((a + b) * (a + c)) / n;
  const delta = yates(a, b, c, d);
  const more = a * d - b * c > 0;
  const [aa, bb, cc, dd] = [a + (more ? -delta : delta), b + (more ? delta : -delta), c + (more ? delta : -delta), d + (more ? -delta : delta)];
  const term = (o: number, e: number) => o * Math.log(o / e + EPSILON);
  const g2 =
    2 *
    (term(aa, ((aa + bb) * (aa + cc)) / n) + term(bb, ((aa + bb) * (bb + dd)) / n) + term(cc, ((aa + cc) * (cc + dd)) / n) + term(dd, ((bb + dd) * (cc + dd)) / n));
  return a > expected ? g2 : -g2;
}

export interface KeyWord {
  readonly word: string;
  readonly g2: number;
  /** Chi-squared upper tail with one degree of freedom. */
  readonly p: number;
  readonly target: number;
  readonly reference: number;
}

/** P(χ²₁ > x) = erfc(√(x/2)), with erfc from Numerical Recipes' Chebyshev fit (error < 1.2e-7). */
export function chi2UpperTail1(x: number): number {
  const z = Math.sqrt(Math.max(0, x) / 2);
  const t = 1 / (1 + 0.5 * z);
  const y =
    t *
    Math.exp(
      -z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return Math.min(1, Math.max(0, y));
}

/** Word counts of a group of texts, from normalized words (token.norm); stopwords and numbers left out. */
export function wordCounts(words: Iterable<string>, into: Map<string, number> = new Map()): Map<string, number> {
  for (const w of words) {
    if (w.length < 2 || STOPWORDS.has(w) || /^\d+$/.test(w)) continue;
    into.set(w, (into.get(w) ?? 0) + 1);
  }
  return into;
}

/** Key words of `target` against `reference`, strongest first (positive G² first, then the most avoided). */
export function keyness(target: ReadonlyMap<string, number>, reference: ReadonlyMap<string, number>, minCount = 2): KeyWord[] {
  const sum = (m: ReadonlyMap<string, number>) => [...m.values()].reduce((s, x) => s + x, 0);
  const tN = sum(target);
  const rN = sum(reference);
  if (tN === 0 || rN === 0) return [];
  const words = new Set([...target.keys(), ...reference.keys()]);
  const out: KeyWord[] = [];
  for (const word of words) {
    const a = target.get(word) ?? 0;
    const b = reference.get(word) ?? 0;
    if (a + b < minCount) continue;
    const g2 = signedG2(a, b, tN, rN);
    out.push({ word, g2: Math.round(g2 * 1000) / 1000, p: chi2UpperTail1(Math.abs(g2)), target: a, reference: b });
  }
  return out.sort((x, y) => y.g2 - x.g2 || x.word.localeCompare(y.word));
}
