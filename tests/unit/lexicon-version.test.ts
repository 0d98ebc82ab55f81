import { loadLexicon } from "../../lib/lexicon/load";
import { lexiconHash } from "../../lib/lexicon/version";

const lexicon = loadLexicon("lexicons").lexicon;

describe("lexicon_version: the content hash an analysis records", () => {
  it("does not change with the order of entries, forms or targets", () => {
    const shuffled = {
      ...lexicon,
      targets: [...lexicon.targets].reverse(),
      entries: [...lexicon.entries].reverse().map((e) => ({ ...e, forms: [...e.forms].reverse() })),
    };
    expect(lexiconHash(shuffled)).toBe(lexiconHash(lexicon));
    expect(lexiconHash(lexicon)).toMatch(/^sha256:[0-9a-f]{12}$/);
  });

  it("changes when a form, a valence or a target changes", () => {
    const [first, ...rest] = lexicon.entries;
    const edit = (e: typeof first) => lexiconHash({ ...lexicon, entries: [e!, ...rest] });
    expect(edit({ ...first!, forms: [...first!.forms, "المشير الركن"] })).not.toBe(lexiconHash(lexicon));
    expect(edit({ ...first!, valence: first!.valence === 0 ? 1 : 0 })).not.toBe(lexiconHash(lexicon));
    expect(edit({ ...first!, target: first!.target === "lna" ? "gna" : "lna" })).not.toBe(lexiconHash(lexicon));
  });
});
