import { minhashSignature } from "../../lib/import";
import { mostSimilar, SharedBands } from "../../lib/store/near-duplicates";
import { seed } from "../helpers";

describe("near-duplicate candidates: bounded, most shared bands first", () => {
  it("keeps, per new article, the candidates sharing the most bands, ties to the earliest", () => {
    // each candidate once per band it shares with the new article
    const shared = new SharedBands();
    for (const id of [7, 3, 9, 9, 9, 5, 9, 9]) shared.count(id);
    expect(shared.ranked(3)).toEqual([9, 3, 5]);
    // and counts the next article afresh
    for (const id of [2, 2]) shared.count(id);
    expect(shared.ranked(3)).toEqual([2]);
  });
});

describe("mostSimilar: the earlier article a new one nearly repeats", () => {
  const wire = seed("004").body;
  // our own light edit: another name for the offensive, one closing line added
  const edited = `${wire.replaceAll("هجوم حفتر", "عدوان حفتر")}\nوتبقى الأوضاع في العاصمة رهينة بتطورات المعارك خلال الأيام المقبلة.\n`;
  const signatures = new Map<number, readonly number[]>([
    [1, minhashSignature(seed("001").body)],
    [2, minhashSignature(wire)],
    [3, minhashSignature(wire)],
  ]);
  const of = (id: number) => signatures.get(id);

  it("links a rewrite to the stored wire copy, not to another story", () => {
    expect(mostSimilar(minhashSignature(edited), [1, 2], of)).toBe(2);
  });

  it("goes to the earliest of equally similar articles, and to none below the threshold or unknown", () => {
    expect(mostSimilar(minhashSignature(edited), [3, 2], of)).toBe(2);
    expect(mostSimilar(minhashSignature(seed("002").body), [1, 2, 3], of)).toBeUndefined();
    expect(mostSimilar(minhashSignature(edited), [42], of)).toBeUndefined();
  });
});
