import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import fc from "fast-check";
import { PhraseSet, type PhraseItem } from "../../lib/arabic/phrases";
import { keepPhraseTables, readTables, savedTables, type TableStore } from "../../lib/arabic/phrase-tables";
import { buildTables } from "../../lib/arabic/phrase-build";
import { tokenList } from "../../lib/arabic/tokenize";
import { phraseTableFiles } from "../../lib/io/phrase-cache";
import { loadLexicon } from "../../lib/lexicon/load";
import { LEXICONS } from "../helpers";
import { ReferencePhrases } from "./reference-phrases";

/**
 * A phrase set's tables saved by one process and read back by another (lib/arabic/phrase-tables.ts,
 * lib/io/phrase-cache.ts) must find exactly what the set compiled afresh finds: also in a process whose vocabulary
 * gave the set's words other ids, in another order. A saved file cut short or changed is never read.
 */
const lexicon = loadLexicon(LEXICONS).lexicon;
const items: PhraseItem<string>[] = lexicon.entries.flatMap((e) => e.forms.map((form) => ({ phrase: form, payload: e.id, key: `${e.id}\u0000${form}` })));
const options = { articleOptional: true };

/** A store in memory, counting what it was asked. */
function memoryStore(): TableStore & { reads: number; found: number; writes: number } {
  const saved = new Map<string, Uint8Array>();
  const store = {
    reads: 0,
    found: 0,
    writes: 0,
    read: (key: string) => {
      store.reads++;
      const bytes = saved.get(key);
      if (bytes) store.found++;
      return bytes && bytes.slice();
    },
    write: (key: string, bytes: Uint8Array) => {
      store.writes++;
      saved.set(key, bytes.slice());
    },
  };
  return store;
}

/** Texts of the lexicon's own words with clitics, so that phrases occur. */
const words = [...new Set(items.flatMap((i) => i.phrase.split(/\s+/)))];
const text = fc
  .array(fc.tuple(fc.constantFrom("", "", "و", "بال", "لل"), fc.constantFrom(...words), fc.constantFrom(" ", " ", "، ", "\n\n")), { maxLength: 30 })
  .map((parts) => parts.map(([p, w, s]) => p + w + s).join(""));

type Found = { payload: string; first: number; last: number; start: number; end: number }[];
const found = (set: PhraseSet<string>, tokens: typeof tokenList, t: string): Found => set.findAll(t, tokens(t)).map(({ payload, first, last, start, end }) => ({ payload, first, last, start, end }));

afterEach(() => keepPhraseTables(undefined));

describe("a phrase set read back from its saved tables", () => {
  it("finds what the set compiled afresh finds, and what a naive search finds", () => {
    const store = memoryStore();
    keepPhraseTables(store);
    const compiled = new PhraseSet(items, options);
    const read = new PhraseSet(items, options);
    expect([store.reads, store.found, store.writes]).toEqual([2, 1, 1]);
    const reference = new ReferencePhrases(items, options);
    fc.assert(
      fc.property(text, (t) => {
        const tokens = tokenList(t);
        expect(found(read, tokenList, t)).toEqual(found(compiled, tokenList, t));
        expect(read.findWords(t, tokens).map(({ payload, first, last }) => ({ payload, first, last }))).toEqual(reference.findWords(t, tokens));
      }),
      { numRuns: 200 },
    );
  });

  it("in a process whose vocabulary gave its words other ids, in another order", () => {
    const store = memoryStore();
    keepPhraseTables(store);
    const compiled = new PhraseSet(items, options);
    keepPhraseTables(undefined);
    // a fresh copy of the modules is another process's vocabulary: there a set of the same words in reverse order is
    // compiled first, so the saved set's words have other ids there, no longer in the order they were saved in
    let other!: { set: PhraseSet<string>; tokens: typeof tokenList };
    jest.isolateModules(() => {
      const phrases = require("../../lib/arabic/phrases") as typeof import("../../lib/arabic/phrases");
      const tables = require("../../lib/arabic/phrase-tables") as typeof import("../../lib/arabic/phrase-tables");
      const tokenize = require("../../lib/arabic/tokenize") as typeof import("../../lib/arabic/tokenize");
      new phrases.PhraseSet([...items].reverse().map((i, k) => ({ ...i, phrase: i.phrase.split(/\s+/).reverse().join(" "), key: String(k) })), options);
      tables.keepPhraseTables(store);
      other = { set: new phrases.PhraseSet(items, options), tokens: tokenize.tokenList };
      tables.keepPhraseTables(undefined);
    });
    expect(store.found).toBe(1);
    fc.assert(
      fc.property(text, (t) => {
        expect(found(other.set, other.tokens, t)).toEqual(found(compiled, tokenList, t));
      }),
      { numRuns: 200 },
    );
  });

  it("is not read from bytes that are not such tables", () => {
    const bytes = savedTables(buildTables(items, options), items.length);
    expect(readTables(bytes, items.length)).toBeDefined();
    expect(readTables(bytes, items.length + 1)).toBeUndefined();
    expect(readTables(bytes.subarray(0, bytes.length - 1), items.length)).toBeUndefined();
    expect(readTables(new Uint8Array(64), items.length)).toBeUndefined();
    // a child pointing past the last node
    const broken = bytes.slice();
    const ints = new Int32Array(broken.buffer, 0, Math.floor(broken.length / 4));
    const [nodes, children] = [ints[2]!, ints[3]!];
    ints[10 + nodes + (nodes + 1) + children] = nodes + 5; // the header's 10 ints, the nodes' items, where their children start, the children's words
    expect(readTables(broken, items.length)).toBeUndefined();
  });
});

describe("the saved tables' files", () => {
  // a part of the lexicon, which compiles in a fraction of the time
  const some = items.filter((i, k) => k % 8 === 0 || /حكومة الوفاق|تنظيم الدولة|قوات حفتر/.test(i.phrase));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "adasa-phrases-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("are read back whole, and a file cut short or changed is not read (the set is compiled again, and finds the same)", () => {
    const store = phraseTableFiles(dir)!;
    const bytes = savedTables(buildTables(some, options), some.length);
    store.write("a set", bytes);
    expect(store.read("a set")).toEqual(bytes);
    expect(store.read("another set")).toBeUndefined();
    const [file] = fs.readdirSync(dir).map((f) => path.join(dir, f));
    const whole = fs.readFileSync(file!);
    for (const damaged of [whole.subarray(0, whole.length - 3), Buffer.concat([whole.subarray(0, 200), Buffer.from([whole[200]! ^ 1]), whole.subarray(201)])]) {
      fs.writeFileSync(file!, damaged);
      expect(store.read("a set")).toBeUndefined();
    }
    keepPhraseTables(phraseTableFiles(dir));
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir);
    new PhraseSet(some, options); // written
    const [saved] = fs.readdirSync(dir).map((f) => path.join(dir, f));
    const content = fs.readFileSync(saved!);
    content[content.length - 10]! ^= 0xff;
    fs.writeFileSync(saved!, content);
    const set = new PhraseSet(some, options); // the damaged file is not read: compiled again
    const t = "وقالت حكومة الوفاق الوطني إن تنظيم الدوله الإسلامية انسحب، وبقوات حفتر";
    expect(found(set, tokenList, t).map((h) => t.slice(h.start, h.end))).toEqual(expect.arrayContaining(["حكومة الوفاق الوطني", "تنظيم الدوله الإسلامية", "قوات حفتر"]));
    expect(fs.readFileSync(saved!).equals(content)).toBe(false); // and written again
  });

  it("not used for a day are removed when a file is written, and a read marks a file used", () => {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir);
    const store = phraseTableFiles(dir)!;
    const bytes = savedTables(buildTables(some, options), some.length);
    store.write("a set in use", bytes);
    const [inUse] = fs.readdirSync(dir).map((f) => path.join(dir, f));
    const unused = path.join(dir, "phrases-0123456789abcdef01234567-0123456789abcdef01234567.bin");
    const recent = path.join(dir, "phrases-76543210fedcba9876543210-0123456789abcdef01234567.bin");
    const other = path.join(dir, "lexicon-0123456789abcdef01234567.json");
    for (const file of [unused, recent, other]) fs.writeFileSync(file, "x");
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 3600 * 1000);
    for (const file of [inUse!, unused, other]) fs.utimesSync(file, twoDaysAgo, twoDaysAgo);
    expect(store.read("a set in use")).toEqual(bytes);
    store.write("another set", bytes);
    expect([inUse!, unused, recent, other].map((f) => fs.existsSync(f))).toEqual([true, false, true, true]);
    expect(fs.readdirSync(dir)).toHaveLength(4);
  });
});
