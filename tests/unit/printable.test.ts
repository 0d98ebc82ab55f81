import { parseArticle } from "../../lib/corpus/parse";
import { printable } from "../../lib/io/printable";

describe("file names in messages (issue 10: a newline in a name forged lines on stderr)", () => {
  it("escapes control and bidi characters and keeps Arabic as it is", () => {
    expect(printable("a\nadasa: ok")).toBe("a\\nadasa: ok");
    expect(printable("x\r\t\u0007\u009b\u202e.md")).toBe("x\\r\\t\\u0007\\u009b\\u202e.md");
    expect(printable("مقالات/الجزيرة نت.md")).toBe("مقالات/الجزيرة نت.md");
  });
});

describe("one id rule for every input (issue 10: .txt ids bypassed it)", () => {
  it("makes a .txt file's id from its name under the front matter's rule", () => {
    expect(parseArticle("نص.", "/x/خبر الجزيرة (2019).txt").id).toBe("خبر-الجزيرة-2019");
    expect(parseArticle("نص.", "/x/a\nb<script>.txt").id).toBe("a-b-script");
    expect(parseArticle("نص.", "/x/wire-a.txt").id).toBe("wire-a");
  });

  it("refuses a file name with nothing to make an id from", () => {
    expect(() => parseArticle("نص.", "/x/«»\n.txt")).toThrow(/no id: the file name has no letter or digit/);
  });

  it("refuses a front-matter id outside the rule", () => {
    expect(() => parseArticle("---\nid: a b\noutlet: س\ntitle: ع\n---\nنص.\n", "x.md")).toThrow("front matter: id: must be letters, digits, dots, dashes or underscores");
  });
});
