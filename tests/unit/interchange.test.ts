import { dictionaryFromLexicon, lexiconFromDictionary, readLiwc, readQuanteda, writeLiwc, writeQuanteda } from "../../lib/interchange";
import { loadLexicon } from "../../lib/lexicon/load";
import { checkLexicon } from "../../lib/lexicon/validate";

const lexicon = loadLexicon("lexicons").lexicon;
const formsByEntry = (l: typeof lexicon) => Object.fromEntries(l.entries.map((e) => [e.id, { target: e.target, forms: [...e.forms].sort() }]));

describe("dictionary interchange: round trips", () => {
  it.each([
    ["LIWC .dic", writeLiwc, (t: string) => readLiwc(t)],
    ["quanteda YAML", writeQuanteda, (t: string) => readQuanteda(t, "x.yml")],
  ])("%s: export, import and export again gives the same file, and every target, entry and form", (_name, write, read) => {
    const first = write(dictionaryFromLexicon(lexicon));
    const imported = lexiconFromDictionary(read(first), "round-trip").lexicon;
    expect(write(dictionaryFromLexicon(imported))).toBe(first);
    expect(formsByEntry(imported)).toEqual(formsByEntry(lexicon));
    expect(imported.targets.map((t) => t.id).sort()).toEqual([...new Set(lexicon.entries.map((e) => e.target))].sort());
    expect(checkLexicon(imported).filter((p) => p.severity === "error")).toEqual([]);
  });
});

describe("LIWC .dic", () => {
  const dic = ["%", "1\tجيش", "2\tميليشيا", "%", "الجيش الوطني\t1", "ميليشيات\t2", "مرتزقة*\t2", "مسلحين\t1\t2", ""].join("\n");

  it("reads categories, phrases with spaces and words in two categories (kept in the first)", () => {
    const d = readLiwc(dic);
    expect(d).toEqual([
      { key: "جيش", subkey: null, words: ["الجيش الوطني", "مسلحين"] },
      { key: "ميليشيا", subkey: null, words: ["ميليشيات", "مرتزقة*", "مسلحين"] },
    ]);
    const { lexicon: l, notes } = lexiconFromDictionary(d, "x.dic");
    expect(notes).toEqual(['"مرتزقة*": the wildcard is dropped, "مرتزقة" matches that word only', '"مسلحين" is in جيش and ميليشيا: kept in جيش only']);
    expect(l.entries[1]!.forms).toEqual(["ميليشيات", "مرتزقة"]);
    expect(checkLexicon(l).filter((p) => p.severity === "error")).toEqual([]);
    expect(l.targets.map((t) => [t.id, t.label])).toEqual([["category-1", "جيش"], ["category-2", "ميليشيا"]]);
  });

  it("names the line of a broken file", () => {
    expect(() => readLiwc("1\tx\n")).toThrow(/no % line/);
    expect(() => readLiwc("%\n1\tx\n")).toThrow(/never closed/);
    expect(() => readLiwc("%\n1\tx\n%\nكلمة\t7\n")).toThrow(/line 4: category 7 of "كلمة" is not in the header/);
    expect(() => readLiwc("%\n1\tx\n%\nكلمة\n")).toThrow(/line 4: .* no category number/);
  });
});

describe("quanteda YAML", () => {
  it("reads flat and nested keys", () => {
    expect(readQuanteda("haftar:\n  title: [المشير]\n  name: [حفتر]\nisis: [داعش, تنظيم الدولة]\n", "d.yml")).toEqual([
      { key: "haftar", subkey: "title", words: ["المشير"] },
      { key: "haftar", subkey: "name", words: ["حفتر"] },
      { key: "isis", subkey: null, words: ["داعش", "تنظيم الدولة"] },
    ]);
    expect(() => readQuanteda("- a\n- b\n", "d.yml")).toThrow(/d\.yml: not a quanteda dictionary/);
  });
});
