import fc from "fast-check";
import { normalize } from "../../lib/arabic/normalize";
import { PhraseSet, type PhraseItem } from "../../lib/arabic/phrases";
import { tokenList } from "../../lib/arabic/tokenize";
import { loadLexicon } from "../../lib/lexicon/load";
import { DEFAULT_CUES } from "../../lib/voice/default-cues";
import { WORDS } from "../../lib/arabic/word-ids";
import { LEXICONS } from "../helpers";
import { ReferencePhrases } from "./reference-phrases";

/**
 * The phrase sets' trie is flattened into typed arrays and walked by word ids (lib/arabic/word-ids.ts): it must find
 * exactly what a naive search of every phrase at every token finds, on token streams drawn from the phrases themselves
 * (with clitics, ta marbuta typed as ha, line and paragraph breaks between words), for the lexicon's forms and the
 * voice cues (no article added), and after the vocabulary has grown since the text's words were looked up.
 */
const lexicon = loadLexicon(LEXICONS).lexicon;
const lexiconItems: PhraseItem<string>[] = lexicon.entries.flatMap((e) => e.forms.map((form) => ({ phrase: form, payload: e.id, key: `${e.id}\u0000${form}` })));
const cueWords = [...DEFAULT_CUES.reporting, ...DEFAULT_CUES.according, ...DEFAULT_CUES.complementizers];
const cueItems: PhraseItem<string>[] = cueWords.map((w, i) => ({ phrase: w, payload: `cue-${i}`, key: `${i}:${w}` }));

const sets = [
  { name: "the lexicon's forms", items: lexiconItems, options: { articleOptional: true } },
  { name: "the voice cues", items: cueItems, options: { articleOptional: false } },
];

/** Random text whose words are drawn from the phrases (so that phrases do occur, whole and cut short). */
function textOf(items: readonly PhraseItem<string>[]): fc.Arbitrary<string> {
  const words = [...new Set(items.flatMap((i) => i.phrase.split(/\s+/)))];
  const phrases = items.map((i) => i.phrase);
  const spelled = (w: string) => fc.constantFrom(w, w.replace(/ة$/, "ه"));
  const word = fc.oneof(
    { weight: 4, arbitrary: fc.tuple(fc.constantFrom("", "", "و", "ب", "ل", "وب", "فل", "ال", "وال", "بال"), fc.constantFrom(...words).chain(spelled), fc.constantFrom("", "", "", "ها", "ه")).map(([p, w, s]) => p + w + s) },
    { weight: 3, arbitrary: fc.tuple(fc.constantFrom("", "", "و", "ب", "لل"), fc.constantFrom(...phrases).chain((p) => fc.constantFrom(p, p.replace(/ة(?=\s|$)/g, "ه")))).map(([p, w]) => p + w) },
    { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(..."ابتجحدرسعفقكلمنهوية".split("")), minLength: 2, maxLength: 6 }) },
  );
  const separator = fc.constantFrom(" ", " ", " ", " ", "، ", "\n", "\n\n", " «", "» ");
  return fc.array(fc.tuple(word, separator), { maxLength: 30 }).map((parts) => parts.map(([w, s]) => w + s).join(""));
}

const plain = <T>(hits: readonly { payload: T; first: number; last: number }[]) => hits.map(({ payload, first, last }) => ({ payload, first, last }));

describe.each(sets)("a phrase set of $name finds what a naive search finds", ({ items, options }) => {
  const set = new PhraseSet(items, options);
  const reference = new ReferencePhrases(items, options);

  const check = (text: string, cut: number) => {
    const tokens = tokenList(text);
    expect(plain(set.findWords(text, tokens))).toEqual(reference.findWords(text, tokens));
    const located = set.findAll(text, tokens);
    expect(plain(located)).toEqual(reference.findWords(text, tokens));
    // a hit's offsets lie within its words, and its letters are the phrase's (clitics excluded)
    for (const hit of located) {
      expect(tokens.starts[hit.first]! <= hit.start && hit.end <= tokens.ends[hit.last]!).toBe(true);
      expect(normalize(text.slice(hit.start, hit.end)).length).toBeGreaterThan(0);
    }
    if (tokens.length > 0) {
      const from = cut % tokens.length;
      expect(plain(set.findWords(text, tokens, from))).toEqual(reference.findWords(text, tokens, from));
      // inside a phrase of several words, as its callers ask (nested names and labels)
      const last = Math.min(tokens.length - 1, from + 4);
      if (last > from) expect(plain(set.findInside(text, tokens, from, last, () => true, null))).toEqual(reference.findInside(text, tokens, from, last));
    }
  };

  it("on random text drawn from its phrases", () => {
    fc.assert(fc.property(textOf(items), fc.nat(), (text, cut) => check(text, cut)), { numRuns: 300 });
  });

  it("after new words joined the vocabulary while a text's tokens were looked up", () => {
    fc.assert(
      fc.property(textOf(items), fc.nat(), (text, cut) => {
        const tokens = tokenList(text);
        const before = plain(set.findWords(text, tokens));
        const size = WORDS.size;
        // another set compiled now, of this text's own words (some new to the vocabulary) and a word surely new: its
        // words get ids the tokens were not looked up with, and it must find them in the same tokens all the same
        const own: PhraseItem<string>[] = [...Array(tokens.length).keys()].map((k) => ({ phrase: tokens.norm(text, k), payload: `own-${k}`, key: `own-${k}` }));
        const later = [...own, { phrase: `كلمة${"ب".repeat(1 + (size % 7))}${size}`, payload: "new", key: "new" }];
        const added = new PhraseSet(later, options);
        expect(WORDS.size).toBeGreaterThan(size);
        expect(plain(added.findWords(text, tokens))).toEqual(new ReferencePhrases(later, options).findWords(text, tokens));
        expect(plain(set.findWords(text, tokens))).toEqual(before);
        check(text, cut);
      }),
      { numRuns: 10 },
    );
  });
});

describe("phrase sets on known Arabic text", () => {
  const set = new PhraseSet(lexiconItems);
  it("finds the longest phrase, a word inside a phrase in another spelling, and a first word with clitics", () => {
    const text = "وقالت حكومة الوفاق الوطني إن تنظيم الدوله الإسلامية انسحب، وبقوات حفتر";
    const tokens = tokenList(text);
    const hits = set.findAll(text, tokens).map((h) => text.slice(h.start, h.end));
    expect(hits).toEqual(expect.arrayContaining(["حكومة الوفاق الوطني", "تنظيم الدوله الإسلامية", "قوات حفتر"]));
  });
});
