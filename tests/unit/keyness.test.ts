import { normalize } from "../../lib/arabic/normalize";
import { chi2UpperTail1, keyness, signedG2, STOPWORDS, wordCounts } from "../../lib/keyness/keyness";

describe("signed G² (log-likelihood keyness)", () => {
  it("equals the textbook 2·Σ O·ln(O/E) when every expected count is 5 or more", () => {
    // a=10 of 100 target words, b=5 of 200 reference words: 2[10ln2 + 5ln½ + 90ln(90/95) + 195ln(195/190)]
    const textbook = 2 * (10 * Math.log(10 / 5) + 5 * Math.log(5 / 10) + 90 * Math.log(90 / 95) + 195 * Math.log(195 / 190));
    expect(signedG2(10, 5, 100, 200)).toBeCloseTo(textbook, 5);
  });

  it("is negative for a word the target avoids, and about zero for equal rates", () => {
    expect(signedG2(2, 40, 100, 200)).toBeLessThan(-10);
    expect(Math.abs(signedG2(50, 50, 1000, 1000))).toBeLessThan(1e-4);
  });

  it("applies the Yates correction when an expected count is under 5 (as quanteda does)", () => {
    const uncorrected = 2 * (3 * Math.log(3 / ((3 * 500) / 1303)) + 497 * Math.log(497 / ((1300 * 500) / 1303)) + 800 * Math.log(800 / ((1300 * 800) / 1303)));
    const corrected = signedG2(3, 0, 500, 800);
    expect(corrected).toBeGreaterThan(0);
    expect(corrected).toBeLessThan(uncorrected);
  });

  it("gives p-values of the χ² distribution with one degree of freedom", () => {
    expect(chi2UpperTail1(3.841)).toBeCloseTo(0.05, 3);
    expect(chi2UpperTail1(6.635)).toBeCloseTo(0.01, 3);
  });
});

describe("keyness of word counts", () => {
  it("leaves out Arabic function words and numbers, and ranks the distinctive words first", () => {
    expect(STOPWORDS.has("في")).toBe(true);
    const target = wordCounts("قال إن قوات حفتر في عدوان على طرابلس وعدوان قوات حفتر 2019".split(" ").map(normalize));
    expect(target.has("في")).toBe(false);
    expect(target.has("2019")).toBe(false);
    const reference = wordCounts("الجيش الوطني الليبي في عملية تحرير طرابلس الجيش الوطني".split(" ").map(normalize));
    const [top] = keyness(target, reference, 1);
    expect(["قوات", "حفتر"]).toContain(top!.word);
    expect(top!.g2).toBeGreaterThan(0);
  });
});
