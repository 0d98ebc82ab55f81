import fc from "fast-check";
import { minhashSignature, lshBands, LSH_BANDS, SIGNATURE_SIZE } from "../../lib/import/fingerprint";
import { BandIndex, parseSignature } from "../../lib/store/band-index";
import { ARTICLES } from "../helpers";
import { listArticleFiles, loadArticles } from "../../lib/corpus/load";
import type { Article } from "../../lib/corpus/schema";

/**
 * The near-duplicate bands' holders kept in memory (migration 016): each band held by its first
 * `cap` articles by id, as the band rows of migration 014 were, whatever order the articles come in
 * and however often the sorted arrays are rebuilt; and stored signatures read back exactly.
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
  it("keeps each band's first `cap` articles by id, across rebuilds, with ids out of order or read twice", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.nat(2), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 200 }),
        fc.array(fc.nat(59), { maxLength: 30 }),
        (articles, cap, rebuildAfter, late) => {
          const index = new BandIndex(cap, rebuildAfter);
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
    const index = new BandIndex(2, 1);
    const signature = signatureOf([0]);
    for (const id of [1, 1, 1, 2]) index.addArticle(id, signature);
    for (const band of lshBands(signature)) expect(index.holders(band)).toEqual([1, 2]);
  });

  it("holds the bands of real Arabic articles: each article is found under every one of its bands", () => {
    const index = new BandIndex(8, 16);
    seeds.forEach((a, i) => index.addArticle(i + 1, minhashSignature(a.body)));
    seeds.forEach((a, i) => {
      for (const band of lshBands(minhashSignature(a.body))) expect(index.holders(band)).toContain(i + 1);
    });
  });
});
