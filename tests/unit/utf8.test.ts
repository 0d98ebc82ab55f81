import fc from "fast-check";
import { utf8Views } from "../../lib/work/utf8";

describe("utf8Views", () => {
  it("gives Buffer's UTF-8 for any strings, lone surrogates included (written as U+FFFD), as views of one buffer of their own", () => {
    const unit = fc.constantFrom("ق", "وات", "حفتر", " ", "\n", "\"", "a", "é", "😀", "\ufeff", "\ud83d", "\ude00", "\u0000");
    fc.assert(
      fc.property(fc.array(fc.string({ unit, maxLength: 60 }), { maxLength: 8 }), (texts) => {
        const { views, buffer } = utf8Views(texts);
        // every view lies in the one buffer, which a worker thread can hand over whole
        return views.length === texts.length && views.every((v, i) => v.buffer === buffer && v.equals(Buffer.from(texts[i]!, "utf8")));
      }),
      { seed: 20261130, numRuns: 2000 },
    );
  });

  it("encodes Arabic sentences byte for byte, one after the other", () => {
    const sentences = ["قالت قوات حفتر إنها سيطرت على غريان", "", "حكومة الوفاق الوطني «ترفض» الهدنة"];
    const { views } = utf8Views(sentences);
    expect(views.map((v) => v.toString("hex"))).toEqual(sentences.map((s) => Buffer.from(s).toString("hex")));
    expect(views[2]!.byteOffset).toBe(views[0]!.length);
  });
});
