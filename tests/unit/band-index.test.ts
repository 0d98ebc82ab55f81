import fc from "fast-check";
import { minhashSignature, lshBands, LSH_BANDS, SIGNATURE_SIZE } from "../../lib/import/fingerprint";
import { BandIndex, parseSignature } from "../../lib/store/band-index";
import { ARTICLES } from "../helpers";
import { listArticleFiles, loadArticles } from "../../lib/corpus/load";
import type { Article } from "../../lib/corpus/schema";

/**
 * The near-duplicate bands' holders kept in memory (migration 016): each band held by its first
 * `cap` articles by id, as the band rows of migration 014 were, whatever order the articles come in
 * (round 10's hash tables of typed arrays, as round 8's sorted arrays did); and stored signatures read back exactly.
 */
const seeds: Article[] = [];
for (const loaded of loadArticles(listArticleFiles([ARTICLES]).files)) if ("article" in loaded) seeds.push(loaded.article);

describe("parseSignature", () => {
  it("reads a stored signature of a real Arabic article back as the numbers written", () => {
    for (const a of seeds) {
      const signature = minhashSignature(a.body);
      expect(parseSignature(signature.join(","))).toEqual(signature);
    }
  });
  it("reads the extremes of an unsigned 32-bit value", () => {
    expect(parseSignature("0,4294967295,7")).toEqual([0, 4294967295, 7]);
  });
});

/** A signature whose 32 bands take values from a small set, so articles share bands often. */
const signatureOf = (values: readonly number[]): number[] => Array.from({ length: SIGNATURE_SIZE }, (_, i) => values[Math.floor(i / (SIGNATURE_SIZE / LSH_BANDS)) % values.length]!);

describe("BandIndex", () => {
  it("keeps each band's first `cap` articles by id, with ids out of order or read twice", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.nat(2), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 1, max: 5 }),
        fc.array(fc.nat(59), { maxLength: 30 }),
        (articles, cap, late) => {
          const index = new BandIndex(cap);
          // most ids in order, a few committed late (out of id order) as a server's other writer may,
          // some read twice (a batch linked after its commit: read, then read again as unsettled)
          const order = [...articles.keys()].filter((i) => !late.includes(i)).concat(late.filter((i) => i < articles.length));
          const expected = new Map<number, number[]>();
          for (const i of order) index.addArticle(i + 1, signatureOf(articles[i]!));
          for (const [i, values] of articles.entries()) for (const band of new Set(lshBands(signatureOf(values)))) expected.set(band, [...(expected.get(band) ?? []), i + 1]);
          for (const [band, ids] of expected) {
            const firsts = ids.slice(0, cap);
            expect(index.holders(band)).toEqual(firsts);
          }
        },
      ),
    );
  });

  it("holds an article read twice once (the property's counterexample [[[0]],2,1,[0,0]])", () => {
    const index = new BandIndex(2);
    const signature = signatureOf([0]);
    for (const id of [1, 1, 1, 2]) index.addArticle(id, signature);
    for (const band of lshBands(signature)) expect(index.holders(band)).toEqual([1, 2]);
  });

  it("holds the bands of real Arabic articles: each article is found under every one of its bands", () => {
    const index = new BandIndex(8);
    seeds.forEach((a, i) => index.addArticle(i + 1, minhashSignature(a.body)));
    seeds.forEach((a, i) => {
      for (const band of lshBands(minhashSignature(a.body))) expect(index.holders(band)).toContain(i + 1);
    });
  });
});

describe("BandIndex as it grows", () => {
  it("finds each of 3,000 articles' holders as a plain map of every band's first ids does (its tables grow several times)", () => {
    const random = fc.sample(fc.array(fc.nat({ max: 0xffffffff }), { minLength: SIGNATURE_SIZE, maxLength: SIGNATURE_SIZE }), { numRuns: 3000, seed: 10 });
    // a few bands shared by many articles, as a stock passage is
    const signatures = random.map((s, i) => (i % 7 === 0 ? s.map((v, k) => (k < 8 ? k : v)) : s));
    const index = new BandIndex(8);
    const expected = new Map<number, number[]>();
    signatures.forEach((s, i) => {
      index.addArticle(i + 1, s);
      for (const band of lshBands(s)) expected.set(band, [...(expected.get(band) ?? []), i + 1]);
    });
    for (const [band, ids] of expected) expect(index.holders(band)).toEqual(ids.slice(0, 8));
  });
});
