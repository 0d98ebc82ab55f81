import fc from "fast-check";
import { lshBands, LSH_BANDS, SIGNATURE_SIZE } from "../../lib/import/fingerprint";
import { BandIndex } from "../../lib/store/band-index";
import { batchCandidates, CANDIDATES_PER_BAND, CANDIDATES_SCORED, type Fingerprinted } from "../../lib/store/near-duplicates";

/**
 * Round 10 rewrote the band index (hash tables of typed arrays) and the batch's candidate lookup
 * (merged into reused typed arrays, ranked per article): the same candidates as round 9's code, written
 * here plainly over a map of every band's holders (`firstHolders`), must come out for any batch,
 * committed articles read out of id order, and a batch linked after its commit (in the index already).
 */

/** A signature whose bands take values from a small set, so articles share bands often. */
const signatureOf = (values: readonly number[]): number[] => Array.from({ length: SIGNATURE_SIZE }, (_, i) => values[Math.floor(i / (SIGNATURE_SIZE / LSH_BANDS)) % values.length]! + (i % 3 === 0 ? Math.floor(i / 24) : 0));

function fingerprinted(id: number, values: readonly number[]): Fingerprinted {
  const signature = signatureOf(values);
  return { id, signature, bands: lshBands(signature) };
}

/** Round 9's lookup: each band's first holders (cap by id) of the committed articles, the batch's own left out, then the batch's in id order. */
function roundNineCandidates(committed: readonly Fingerprinted[], batch: readonly Fingerprinted[]): Map<number, number[]> {
  const firstHolders = new Map<number, number[]>();
  for (const a of [...committed].sort((x, y) => x.id - y.id)) for (const band of new Set(a.bands)) firstHolders.set(band, [...(firstHolders.get(band) ?? []), a.id]);
  const own = new Set(batch.map((a) => a.id));
  const inBatch = new Map<number, number[]>();
  const ranked = new Map<number, number[]>();
  for (const a of [...batch].sort((x, y) => x.id - y.id)) {
    const shared = new Map<number, number>();
    for (const band of a.bands) {
      const held = (firstHolders.get(band) ?? []).slice(0, CANDIDATES_PER_BAND).filter((id) => !own.has(id));
      const ids = held.concat(inBatch.get(band) ?? []).sort((x, y) => x - y);
      let before = 0;
      for (; before < ids.length && before < CANDIDATES_PER_BAND && ids[before]! < a.id; before++) shared.set(ids[before]!, (shared.get(ids[before]!) ?? 0) + 1);
      if (before < CANDIDATES_PER_BAND) inBatch.set(band, [...(inBatch.get(band) ?? []), a.id]);
    }
    const list = [...shared].sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, CANDIDATES_SCORED).map(([id]) => id);
    if (list.length > 0) ranked.set(a.id, list);
  }
  return ranked;
}

describe("batchCandidates: round 9's candidates from round 10's index", () => {
  it("proposes the same candidates, in the same order, for random batches", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.nat(3), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 40 }),
        fc.array(fc.array(fc.nat(3), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 25 }),
        fc.array(fc.nat(39), { maxLength: 10 }),
        fc.boolean(),
        (earlier, batchValues, late, linkedAfterCommit) => {
          const committed = earlier.map((v, i) => fingerprinted(i + 1, v));
          // the batch's ids follow the committed ones, some interleaved as a server's other writers may leave them
          const batch = batchValues.map((v, i) => fingerprinted(committed.length + 1 + i * 2, v));
          const index = new BandIndex(CANDIDATES_PER_BAND);
          const order = committed.filter((a) => !late.includes(a.id - 1)).concat(committed.filter((a) => late.includes(a.id - 1)));
          for (const a of order) index.addArticle(a.id, a.signature);
          // a batch linked after its commit (link-pass.ts) is in the index, and so may be what was committed after it
          const after = linkedAfterCommit ? batch.map((a) => fingerprinted(a.id + 1, [a.id % 4])) : [];
          if (linkedAfterCommit) for (const a of [...batch, ...after]) index.addArticle(a.id, a.signature);
          expect(batchCandidates(batch, index)).toEqual(roundNineCandidates([...committed, ...(linkedAfterCommit ? [...batch, ...after] : [])], batch));
        },
      ),
      { numRuns: 300 },
    );
  });
});
