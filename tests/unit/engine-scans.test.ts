import { hashString, normalize } from "../../lib/arabic/normalize";
import { PhraseSet } from "../../lib/arabic/phrases";
import { AS_IS_WORD, IS_WORD, isScannedMark, tokenList } from "../../lib/arabic/tokenize";

/**
 * Round fifteen's scans (sentences written for these tests): the tokenizer's one table per character, and a phrase
 * set's loop over the tokens (nextHit) with each first word's entries in one array.
 */
describe("the tokenizer's one read per character", () => {
  it("hashes each token's matching form as normalize writes it: marks, tatweel, hamza forms, ligatures, digits", () => {
    const text = "قالَ المتحدثُ إنّ قـــوات «الوفاق» أحكمت سيطرتها على ﻻ شيء، وأسرت 12 مسلحاً في آمِرلي ١٣";
    const tokens = tokenList(text);
    const words = text.split(/[\s«»،]+/).filter(Boolean);
    expect(tokens.length).toBe(words.length);
    for (let k = 0; k < tokens.length; k++) {
      const word = text.slice(tokens.starts[k]!, tokens.ends[k]!);
      expect(word).toBe(words[k]);
      expect(tokens.hashes[k]).toBe(hashString(normalize(word)));
      expect((tokens.flags[k]! & AS_IS_WORD) !== 0).toBe(normalize(word) === word);
      expect((tokens.flags[k]! & IS_WORD) !== 0).toBe(!/^[0-9١٣]+$/.test(word));
    }
  });

  it("notes the quotation marks and the sentence's end on its way, and nothing inside a word", () => {
    const text = "وصف «الجيش» بأنه جيش. انتهى";
    const tokens = tokenList(text);
    const marks = Array.from(tokens.marks.subarray(0, tokens.markCount), (i) => text[i]);
    expect(marks).toEqual(["«", "»", "."]);
    expect(isScannedMark("«".charCodeAt(0))).toBe(true);
    expect(isScannedMark("ج".charCodeAt(0))).toBe(false);
  });
});

describe("a phrase set's scan of a text (nextHit)", () => {
  const set = new PhraseSet(
    ["حكومة الوفاق", "حكومة الوفاق الوطني", "الوفاق", "قوات", "قوات موالية"].map((phrase) => ({ phrase, key: phrase, payload: phrase })),
  );
  const text = "وقالت حكومة الوفاق الوطني إن قواتها والقوات الموالية لها تقدمت، ورحب أنصار الوفاق بذلك";
  const tokens = tokenList(text);
  const hits = () => {
    const out: [string, string][] = [];
    for (let i = set.nextHit(text, tokens, 0, tokens.length); i >= 0; i = set.nextHit(text, tokens, set.lastHit.last + 1, tokens.length)) {
      out.push([set.lastHit.item!.payload, text.slice(set.lastHit.start, set.lastHit.end)]);
    }
    return out;
  };

  it("finds the longest phrase at each first word, its clitics left out, then goes on after it", () => {
    expect(hits()).toEqual([
      ["حكومة الوفاق الوطني", "حكومة الوفاق الوطني"],
      ["قوات", "قوات"],
      ["قوات موالية", "القوات الموالية"],
      ["الوفاق", "الوفاق"],
    ]);
  });

  it("gives the same hits as findAll, and stops before the end it is given", () => {
    expect(hits().map(([p]) => p)).toEqual(set.findAll(text, tokens).map((h) => h.payload));
    const second = tokens.starts.subarray(0, tokens.length).findIndex((s) => s === text.indexOf("الوفاق"));
    // «حكومة الوفاق» must end before the token given as the end: only «حكومة» is left, which is no phrase
    expect(set.nextHit(text, tokens, 0, second)).toBe(-1);
  });
});
