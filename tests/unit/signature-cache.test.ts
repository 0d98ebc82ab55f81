import { minhashSignature } from "../../lib/import";
import { SignatureCache } from "../../lib/store/band-index";

const bodies = ["قصفت قوات حفتر مواقع في طرابلس", "أعلنت حكومة الوفاق الوطني هدنة إنسانية", "استأنف مجلس النواب جلساته في طبرق"];

describe("SignatureCache (candidates' signatures kept beside the band index)", () => {
  it("gives back the signature stored under an id, value for value", () => {
    const cache = new SignatureCache(4);
    const signature = minhashSignature(bodies[0]!);
    cache.set(7, signature);
    expect(Array.from(cache.get(7)!)).toEqual(signature);
    expect(cache.get(8)).toBeUndefined();
  });

  it("keeps at most its size, the least recently used leaving first", () => {
    const cache = new SignatureCache(2);
    bodies.forEach((body, i) => {
      cache.set(i + 1, minhashSignature(body));
      if (i === 1) cache.get(1); // 1 used after 2 was added: 2 is now the least recent
    });
    expect(cache.get(2)).toBeUndefined();
    expect(Array.from(cache.get(1)!)).toEqual(minhashSignature(bodies[0]!));
    expect(Array.from(cache.get(3)!)).toEqual(minhashSignature(bodies[2]!));
  });

  it("holds nothing for an empty signature (an article with no shingles)", () => {
    const cache = new SignatureCache(2);
    cache.set(1, []);
    expect(cache.get(1)).toBeUndefined();
  });
});
