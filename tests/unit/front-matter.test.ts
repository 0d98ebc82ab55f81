import { hasFrontMatter, splitFrontMatter } from "../../lib/corpus/front-matter";

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
});
