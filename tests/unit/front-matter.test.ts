import fc from "fast-check";
import yaml from "js-yaml";
import { hasFrontMatter, parseBlock, splitFrontMatter } from "../../lib/corpus/front-matter";

/** The rules gray-matter 4 applied, which the corpus files were written for. */
describe("front matter", () => {
  it("splits the YAML block from the body, dropping one line break after the closing ---", () => {
    const text = '---\nid: "a1"\noutlet: "الوسط"\ndate: 2019-04-05\n---\n\nقالت مصادر إن …\n';
    expect(hasFrontMatter(text)).toBe(true);
    // a date stays the text written (core schema): the calendar check of lib/corpus/date.ts sees 2019-13-45 as written
    expect(splitFrontMatter(text)).toEqual({ data: { id: "a1", outlet: "الوسط", date: "2019-04-05" }, body: "\nقالت مصادر إن …\n" });
  });

  it("takes Windows line breaks and a byte-order mark", () => {
    expect(splitFrontMatter('\uFEFF---\r\ntitle: "عنوان"\r\n---\r\nنص\r\n')).toEqual({ data: { title: "عنوان" }, body: "نص\r\n" });
  });

  it("an empty block, or one of comments only, is no data", () => {
    expect(splitFrontMatter("---\n---\nنص")).toEqual({ data: {}, body: "نص" });
    expect(splitFrontMatter("---\n# draft\n---\nنص")).toEqual({ data: {}, body: "نص" });
  });

  it("a block that never closes leaves no body", () => {
    expect(splitFrontMatter('---\ntitle: "عنوان"\n')).toEqual({ data: { title: "عنوان" }, body: "" });
  });

  it("four dashes, or text on the opening line, are not front matter", () => {
    expect(hasFrontMatter("----\nنص")).toBe(false);
    expect(hasFrontMatter("--- عنوان\nنص")).toBe(false);
    expect(hasFrontMatter("نص\n---\n")).toBe(false);
  });

  it("broken YAML throws js-yaml's error with its line", () => {
    expect(() => splitFrontMatter('---\ntitle: "عنوان\nid: 1\n---\nنص')).toThrow(/unexpected end of the stream within a double quoted scalar/);
  });

  it("reads a block of plain lines as js-yaml does, and leaves the rest to it (differential, with its errors)", () => {
    const reference = (block: string) => (block.replace(/^\s*#[^\n]+/gm, "").trim() === "" ? {} : yaml.safeLoad(block, { schema: yaml.CORE_SCHEMA }));
    const outcome = (read: () => unknown) => {
      try {
        const data = read();
        return { data, keys: data && typeof data === "object" ? Object.keys(data) : [] };
      } catch (error) {
        return { error: (error as Error).message };
      }
    };
    const key = fc.constantFrom("id", "outlet", "outlet_en", "title", "date", "url", "True", "NULL", "__proto__", "x1", "1x");
    const value = fc.constantFrom('"الوسط"', '"a: b # c"', '"قال \\"نعم\\""', '""', "null", "Null", "~", "2019-04-05", "2019-13-45", "2019-4-5", "12", "0x1F", "true", "yes", "بوابة الوسط", '"x" # note', "[a, b]", '"\u0001"', '"\u0085"', '"\t"', '"\ud800"');
    const line = fc.oneof(
      { weight: 8, arbitrary: fc.tuple(key, value).map(([k, v]) => `${k}: ${v}`) },
      { weight: 1, arbitrary: fc.constantFrom("", "# comment", "  id: x", "id:x", "- a", "id:  \"a\"") },
    );
    const block = fc.tuple(fc.array(line, { maxLength: 7 }), fc.boolean()).map(([lines, crlf]) => lines.map((l) => `${crlf ? "\r\n" : "\n"}${l}`).join("") + (crlf ? "\r" : ""));
    fc.assert(
      fc.property(block, (b) => {
        expect(outcome(() => parseBlock(b))).toEqual(outcome(() => reference(b)));
      }),
      { seed: 20261130, numRuns: 3000 },
    );
  });
});
