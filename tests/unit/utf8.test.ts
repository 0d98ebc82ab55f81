import fc from "fast-check";
import { utf8Bytes } from "../../lib/work/utf8";

describe("utf8Bytes", () => {
  it("gives Buffer's UTF-8 for any string, lone surrogates included (written as U+FFFD), in a buffer of its own", () => {
    const unit = fc.constantFrom("ق", "وات", "حفتر", " ", "\n", "\"", "a", "é", "😀", "\ufeff", "\ud83d", "\ude00", "\u0000");
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 60 }), (text) => {
        const bytes = utf8Bytes(text);
        // the whole of a buffer of its own, which a worker thread can hand over
        return bytes.equals(Buffer.from(text, "utf8")) && bytes.byteOffset === 0 && bytes.buffer.byteLength === bytes.length;
      }),
      { seed: 20261130, numRuns: 2000 },
    );
  });

  it("encodes an Arabic sentence byte for byte", () => {
    const sentence = "قالت قوات حفتر إنها سيطرت على غريان";
    expect(utf8Bytes(sentence).toString("hex")).toBe(Buffer.from(sentence).toString("hex"));
    expect(utf8Bytes("").length).toBe(0);
  });
});
