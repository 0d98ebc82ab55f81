import fc from "fast-check";
import { hashNormalized, hashString, normalize, normalizesTo as normalizesToLetters } from "../../lib/arabic/normalize";
import { tokenize } from "../../lib/arabic/tokenize";

/**
 * The matcher's shortcuts agree with the slow way: a word compared with a lexicon word through the
 * normalization table, in place, and the tokenizer's hash of a word's normalized form, made on the
 * way, are exactly what normalizing the word and hashing the string give.
 */
const letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهويةءأإآىئؤـًٌٍَُِّْٰ٠١٢ﻻﺍﺏکیھ\u200c\u0654\u0655\u0653";
/** normalizesTo with the word's letters in the middle of others, as the vocabulary keeps them end to end. */
function normalizesTo(text: string, start: number, end: number, w: string): boolean {
  const letters = Uint16Array.from({ length: w.length + 4 }, (_, i) => (i < 2 || i >= w.length + 2 ? 0x627 : w.charCodeAt(i - 2)));
  return normalizesToLetters(text, start, end, letters, 2, 2 + w.length);
}

const word = fc.array(fc.constantFrom(...letters.split("")), { minLength: 1, maxLength: 12 }).map((c) => c.join(""));

describe("comparing and hashing in place", () => {
  it("normalizesTo(text, start, end, w's letters) is normalize(text.slice(start, end)) === w", () => {
    fc.assert(
      fc.property(word, word, (a, b) => {
        expect(normalizesTo(a, 0, a.length, normalize(a))).toBe(true);
        expect(normalizesTo(a, 0, a.length, normalize(b))).toBe(normalize(a) === normalize(b));
        expect(normalizesTo(a, 0, a.length, normalize(a) + "ا")).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });

  it("compares a word with shadda and ta marbuta as its normalized form, in place", () => {
    const text = "قال المتحدثُ باسم القوّات المسلّحة";
    const at = text.indexOf("المسلّحة");
    expect(normalizesTo(text, at, at + "المسلّحة".length, normalize("المسلحة"))).toBe(true);
    expect(normalizesTo(text, at, at + "المسلّحة".length, "المسلحة")).toBe(normalize("المسلحة") === "المسلحة");
    expect(normalizesTo(text, at, at + "المسلّحة".length, normalize("المسلحين"))).toBe(false);
  });

  it("every token's hash is the hash of its normalized form", () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 8 }), (words) => {
        const text = words.join(" ");
        for (const t of tokenize(text)) {
          expect(t.hash).toBe(hashString(normalize(text.slice(t.start, t.end))));
          expect(t.hash).toBe(hashNormalized(text, t.start, t.end));
        }
      }),
      { numRuns: 2000 },
    );
  });
});
