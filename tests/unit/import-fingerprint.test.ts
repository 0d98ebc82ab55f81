import { contentHash, estimatedJaccard, lshBands, minhashSignature } from "../../lib/import";
import { seed } from "../helpers";

/** Our own light rewrite of a wire story: other names for the offensive and for ISIS, the dateline dropped, a closing line added. */
function rewrite(body: string): string {
  return (
    body
      .replaceAll("هجوم حفتر", "عدوان حفتر")
      .replaceAll("تنظيم الدولة", "تنظيم داعش")
      .replace("طرابلس-الرسالة نت\n", "") + "\nوتبقى عودة هذه القوات رهينة بتطورات المعارك جنوب العاصمة خلال الأسابيع المقبلة.\n"
  );
}

const shareABand = (a: readonly number[], b: readonly number[]) => {
  const keys = new Set(lshBands(a));
  return lshBands(b).some((k) => keys.has(k));
};

describe("exact duplicates: contentHash", () => {
  const body = seed("004").body;

  it("is the same for a copy with diacritics, tatweel and other spacing", () => {
    const decorated = body
      .replaceAll("القوات", "القُوَّات")
      .replaceAll("حكومة", "حكـــومة")
      .replaceAll("\n\n", "\n   \n")
      .replaceAll(" مع ", "  مع ");
    expect(decorated).not.toBe(body);
    expect(contentHash(decorated)).toBe(contentHash(body));
    expect(contentHash(`  ${body}\n\n`)).toBe(contentHash(body));
  });

  it("differs when one word differs, and is a sha256 hex digest", () => {
    expect(contentHash(body.replace("هجوم حفتر", "عدوان حفتر"))).not.toBe(contentHash(body));
    expect(contentHash(body)).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe("near duplicates: MinHash over word 5-shingles, with LSH bands", () => {
  const wire = seed("004").body;
  const edited = rewrite(wire);

  it("finds a lightly edited rewrite of a seed article", () => {
    expect(edited).not.toBe(wire);
    const a = minhashSignature(wire);
    const b = minhashSignature(edited);
    expect(a).toHaveLength(128);
    expect(estimatedJaccard(a, b)).toBeGreaterThanOrEqual(0.5);
    expect(shareABand(a, b)).toBe(true);
  });

  it("does not pair two different seed articles, even on the same topic (AFRICOM in Libya)", () => {
    const signatures = ["000", "001", "002", "003", "004"].map((id) => minhashSignature(seed(id).body));
    for (let i = 0; i < signatures.length; i++) {
      for (let j = i + 1; j < signatures.length; j++) {
        expect(estimatedJaccard(signatures[i]!, signatures[j]!)).toBeLessThan(0.1);
        expect(shareABand(signatures[i]!, signatures[j]!)).toBe(false);
      }
    }
  });

  it("ignores diacritics and spacing, is the same in every run, and is 1 for the text itself", () => {
    const a = minhashSignature(wire);
    expect(minhashSignature(wire.replaceAll("القوات", "القُوَّات").replaceAll(" ", "  "))).toEqual(a);
    expect(estimatedJaccard(a, a)).toBe(1);
    expect(lshBands(a)).toHaveLength(32);
    expect(new Set(lshBands(a)).size).toBe(32);
  });

  it("refuses signatures of different sizes", () => {
    expect(() => estimatedJaccard([1, 2], [1])).toThrow("signatures of different sizes (2 and 1)");
  });
});
