import fc from "fast-check";
import { candidatePairs, type CandidateLimits } from "../../lib/align/candidates";
import { alignMonotone, DEFAULT_THRESHOLD, type AlignedPair } from "../../lib/align/monotone";
import { tokenize } from "../../lib/arabic/tokenize";
import { splitSentences } from "../../lib/arabic/sentences";
import { seed } from "../helpers";
import { denseAlign, denseSimilarityMatrix } from "./reference-align";

type Sentences = string[][];

const sparse = (a: Sentences, b: Sentences, threshold = DEFAULT_THRESHOLD, limits?: CandidateLimits) =>
  alignMonotone(candidatePairs(a, b, threshold, limits), a.length, b.length, threshold);
const dense = (a: Sentences, b: Sentences, threshold = DEFAULT_THRESHOLD) =>
  denseAlign(denseSimilarityMatrix(a, b), a.length, b.length, threshold);

/** Every sentence of each side exactly once, in order, and matched pairs never crossing. */
function expectMonotone(pairs: readonly AlignedPair[], n: number, m: number): void {
  const as = pairs.flatMap((p) => (p.a === null ? [] : [p.a]));
  const bs = pairs.flatMap((p) => (p.b === null ? [] : [p.b]));
  expect([...as].sort((x, y) => x - y)).toEqual([...Array(n).keys()]);
  expect([...bs].sort((x, y) => x - y)).toEqual([...Array(m).keys()]);
  const matched = pairs.filter((p) => p.a !== null && p.b !== null);
  for (let k = 1; k < matched.length; k++) {
    expect(matched[k]!.a!).toBeGreaterThan(matched[k - 1]!.a!);
    expect(matched[k]!.b!).toBeGreaterThan(matched[k - 1]!.b!);
  }
}

const sentenceWords = (text: string): Sentences =>
  splitSentences(text).map((s) => tokenize(text.slice(s.start, s.end)).filter((t) => t.isWord).map((t) => t.norm));

describe("sparse alignment agrees with the dense table it replaced", () => {
  // few words, so sentences repeat and tie: the traceback's tie-breaking is compared too
  const words = ["حفتر", "طرابلس", "داعش", "قوات", "في", "الجيش", "سرت"];
  const sentences = fc.array(fc.array(fc.constantFrom(...words), { maxLength: 4 }), { maxLength: 25 });

  it("on random short texts with repeated sentences, threshold 0.2 and 0.5", () => {
    fc.assert(
      fc.property(sentences, sentences, fc.constantFrom(0.2, 0.5), (a, b, t) => {
        expect(sparse(a, b, t)).toEqual(dense(a, b, t));
      }),
      { numRuns: 500 },
    );
  });

  it("when most words are common (not indexed) and pairs sharing only them are found by their bound", () => {
    fc.assert(
      fc.property(sentences, sentences, fc.constantFrom(0.2, 0.5), (a, b, t) => {
        expect(sparse(a, b, t, { commonAt: 2, budget: 1e9 })).toEqual(dense(a, b, t));
      }),
      { numRuns: 300 },
    );
  });

  it("on every pair of seed articles, with the default limits and with most words common", () => {
    const texts = ["000", "001", "002", "003", "004"].map((p) => sentenceWords(seed(p).body));
    for (const a of texts) {
      for (const b of texts) {
        expect(sparse(a, b)).toEqual(dense(a, b));
        expect(sparse(a, b, DEFAULT_THRESHOLD, { commonAt: 3, budget: 1e9 })).toEqual(dense(a, b));
      }
    }
  });

  it("stays a full monotone alignment when common-word pairs exceed the budget (the diagonal band)", () => {
    fc.assert(
      fc.property(sentences, sentences, (a, b) => {
        expectMonotone(sparse(a, b, DEFAULT_THRESHOLD, { commonAt: 2, budget: 3 }), a.length, b.length);
      }),
      { numRuns: 300 },
    );
  });

  it("refuses a threshold of 0, where every pair would be a candidate", () => {
    expect(() => sparse([["حفتر"]], [["حفتر"]], 0)).toThrow(/above 0/);
  });
});
