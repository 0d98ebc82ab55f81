import fc from "fast-check";
import { normalize, normalizeWithMap, NORMALIZATION_RULES } from "../../lib/arabic/normalize";
import { PRESENTATION_FORM_RANGES } from "../../lib/arabic/normalize/rules";

describe("normalization rules, one by one", () => {
  const cases: Record<string, [string, string][]> = {
    "presentation-forms": [["ﻻ ﺍﻟﺪﻭﻟﺔ", "لا الدولة"]],
    diacritics: [
      ["مُشِيرًا", "مشيرا"],
      ["السرّاج", "السراج"],
      ["رسميًا", "رسميا"],
    ],
    tatweel: [["حفـــتر", "حفتر"]],
    "alef-forms": [
      ["الإسلامية", "الاسلامية"],
      ["أفريكوم", "افريكوم"],
      ["آذار", "اذار"],
    ],
    "alef-maqsura": [["على", "علي"]],
    "persian-letter-forms": [
      ["کوبلر", "كوبلر"],
      ["ليبی", "ليبي"],
    ],
    "arabic-indic-digits": [["٢٠١٩ ۲۰۱۵", "2019 2015"]],
    invisibles: [["حف\u200Cتر\u200F", "حفتر"]],
  };
  for (const rule of NORMALIZATION_RULES) {
    it(`${rule.name}: ${rule.why.slice(0, 60)}…`, () => {
      const examples = cases[rule.name];
      expect(examples).toBeDefined();
      for (const [input, output] of examples!) expect(normalize(input)).toBe(output);
    });
  }

  it("keeps ta marbuta, ya hamza and waw hamza: they are listed as lexicon variants instead", () => {
    expect(normalize("الدولة")).toBe("الدولة");
    expect(normalize("فائز")).toBe("فائز");
    expect(normalize("مؤتمر")).toBe("مؤتمر");
  });

  it("composes a combining hamza with its letter first (Unicode NFC), then folds", () => {
    expect(normalize("ا\u0654فريكوم")).toBe("افريكوم");
    expect(normalize("فاي\u0654ز")).toBe("فائز");
    expect(normalize("مو\u0654تمر")).toBe("مؤتمر");
  });
});

/** The slow, obvious reference: NFC, then presentation forms through NFKC, then each rule per character. */
function referenceNormalize(text: string): string {
  let out = "";
  for (const ch of text.normalize("NFC")) {
    const c = ch.charCodeAt(0);
    const isForm = ch.length === 1 && c !== 0xfeff && PRESENTATION_FORM_RANGES.some(([lo, hi]) => c >= lo && c <= hi);
    let piece = isForm ? ch.normalize("NFKC") : ch;
    for (const rule of NORMALIZATION_RULES.slice(1)) {
      let next = "";
      for (const p of piece) next += rule.apply(p) ?? p;
      piece = next;
    }
    out += piece;
  }
  return out;
}

const arabicish = fc
  .array(
    fc.constantFrom(
      ..."ابتثجحخدذرزسشصضطظعغفقكلمنهويةءأإآىئؤ ،.؟«»“”\"'ـًٌٍَُِّْٰ٠١٢ﻻﺍﺏکیھ\u200c\u200f\u0654\u0655\u0653".split(""),
    ),
    { maxLength: 40 },
  )
  .map((chars) => chars.join(""));

describe("normalization invariants", () => {
  it("is idempotent", () => {
    fc.assert(fc.property(arabicish, (s) => normalize(normalize(s)) === normalize(s)));
  });

  it("agrees with the slow reference where NFC's mark ordering blocks a composition (found by the property below)", () => {
    // ي + madda + hamza above: madda does not compose with ي and, of the same combining class, blocks the hamza
    for (const s of ["يٓٔ", "ب يٓٔ ب", "إٓ", "أٰ", "يَٓٔ", "ئٓ", "ـيٓٔ"]) expect(normalize(s)).toBe(referenceNormalize(s));
    expect(normalize("يٓٔ")).toBe("ي");
  });

  it("agrees with the slow reference (NFC, then the rules character by character)", () => {
    fc.assert(fc.property(arabicish, (s) => normalize(s) === referenceNormalize(s)), { numRuns: 3000 });
  });

  it("maps every normalized character back to original characters that normalize to it", () => {
    fc.assert(
      fc.property(arabicish, (s) => {
        const { text, map } = normalizeWithMap(s);
        expect(map.starts).toHaveLength(text.length);
        for (let k = 0; k < text.length; k++) {
          expect(map.starts[k]!).toBeLessThan(map.ends[k]!);
          if (k > 0) expect(map.starts[k]!).toBeGreaterThanOrEqual(map.starts[k - 1]!);
          expect(normalize(s.slice(map.starts[k]!, map.ends[k]!))).toContain(text[k]!);
        }
      }),
    );
  });
});
