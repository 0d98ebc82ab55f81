import fc from "fast-check";
import type { Match, TextAnalysis } from "../../lib/analysis/analyze-text";
import { analyzeArticleText } from "../../lib/analysis/corpus";
import { decodeAnalysis, encodeAnalysis } from "../../lib/analysis/match-codec";
import { loadGold } from "../../lib/evaluation";
import { generateArticles } from "../../scripts/corpus-gen";
import { ARTICLES, bundledEngine, seed } from "../helpers";
import fs from "node:fs";

/**
 * The store's compact form of an analysis (lib/analysis/match-codec.ts, migration 011) gives back
 * the engine's own objects, key order included, on the seed articles, the gold set and generated
 * articles, and on any analysis fast-check makes up (texts that are not the body's letters,
 * offsets before the previous match, every optional part present or null).
 */
const engine = bundledEngine();
const seeds = fs.readdirSync(ARTICLES).filter((f) => f.endsWith(".md")).map((f) => seed(f.slice(0, 3)));
const gold = loadGold("tests/gold/passages");

const roundTrip = (analysis: TextAnalysis, body: string): TextAnalysis => decodeAnalysis(encodeAnalysis(analysis, body), analysis.words, body);

function expectSame(analysis: TextAnalysis, body: string): void {
  const back = roundTrip(analysis, body);
  expect(back).toEqual(analysis);
  // the same JSON as the engine's, so `analyze --store --format json` prints what `analyze` prints
  expect(JSON.stringify(back)).toBe(JSON.stringify(analysis));
}

describe("the match codec", () => {
  it("gives back every seed article's analysis, layered matches, constructions, voices and resolutions included", () => {
    const all = seeds.map((a) => ({ body: a.body, analysis: analyzeArticleText(engine, a) }));
    for (const { body, analysis } of all) expectSame(analysis, body);
    const matches = all.flatMap((x) => x.analysis.matches);
    expect(matches.some((m) => m.construction !== null)).toBe(true);
    expect(matches.some((m) => m.resolved?.evidence)).toBe(true);
    expect(matches.some((m) => m.parent !== null)).toBe(true);
    expect(matches.some((m) => m.cue !== null)).toBe(true);
    expect(matches.some((m) => m.scare_quoted)).toBe(true);
  });

  it("gives back the gold set's analyses", () => {
    expect(gold.length).toBeGreaterThan(40);
    for (const p of gold) expectSame(analyzeArticleText(engine, { body: p.text, date: p.date ?? null }), p.text);
  });

  it("keeps generated articles in a fraction of their JSON", () => {
    let json = 0;
    let bytes = 0;
    for (const g of generateArticles(200, 11)) {
      const analysis = analyzeArticleText(engine, { body: g.text, date: g.date });
      expectSame(analysis, g.text);
      json += Buffer.byteLength(JSON.stringify(analysis.matches));
      const encoded = encodeAnalysis(analysis, g.text);
      bytes += encoded.bytes.length + encoded.strings.length * 4 + encoded.terms.length * 4;
    }
    expect(bytes * 8).toBeLessThan(json);
  });

  it("counts each (target, term) pair's matches, as indexes into the record's strings", () => {
    const a = seeds[0]!;
    const analysis = analyzeArticleText(engine, a);
    const { strings, terms } = encodeAnalysis(analysis, a.body);
    const counted = new Map<string, number>();
    for (let i = 0; i < terms.length; i += 3) counted.set(`${strings[terms[i]!]}|${strings[terms[i + 1]!]}`, terms[i + 2]!);
    const expected = new Map<string, number>();
    for (const m of analysis.matches) expected.set(`${m.target}|${m.term}`, (expected.get(`${m.target}|${m.term}`) ?? 0) + 1);
    expect(counted).toEqual(expected);
  });

  it("gives back any analysis, whatever its text, offsets and optional parts (fast-check)", () => {
    const word = fc.constantFrom("حفتر", "المشير", "قوات", "الوفاق", "داعش", "ميليشيات", "x", "", "«", "؟");
    const int = fc.integer({ min: -5000, max: 5000 });
    const span = fc.record({ start: int, end: int });
    const part = fc.option(fc.record({ id: word, text: word, start: int, end: int }), { nil: null });
    const match = (count: number) =>
      fc.record({
        term: word, form: word, text: word, start: int, end: int, token_start: int, token_end: int, target: word,
        category: fc.constantFrom("title", "name", "pejorative"), valence: fc.integer({ min: -3, max: 3 }),
        voice: fc.constantFrom("author", "quoted", "attributed"), scare_quoted: fc.boolean(), cue: fc.option(word, { nil: null }),
        sentence: fc.nat(40), parent: fc.option(fc.nat(Math.max(0, count - 1)), { nil: null }), role: fc.option(fc.constantFrom("name", "leader", "distanced", "part"), { nil: null }),
        construction: fc.option(fc.record({ kind: fc.constantFrom("force", "distancing"), id: word, noun: part, linker: part, cue: part, named: fc.nat(Math.max(0, count - 1)), composed_valence: int }), { nil: null }),
        resolved: fc.option(fc.record({ target: fc.option(word, { nil: null }), by: fc.option(fc.constantFrom("phrase", "sentence", "paragraph", "article"), { nil: null }), evidence: fc.option(span, { nil: null }) }), { nil: null }),
      }) as fc.Arbitrary<Match>;
    const analysis = fc.nat(12).chain((count) =>
      fc.record({ words: fc.nat(10_000), sentences: fc.array(span, { maxLength: 8 }), matches: fc.array(match(count), { minLength: count, maxLength: count }) }),
    );
    const body = fc.string({ unit: fc.constantFrom("ح", "ف", "ت", "ر", " ", "ا", "ل", "م", "ش", "ي"), maxLength: 300 });
    fc.assert(
      fc.property(analysis, body, (a, b) => {
        const back = roundTrip(a, b);
        return JSON.stringify(back) === JSON.stringify(a);
      }),
      { seed: 20261130, numRuns: 1000 },
    );
  });

  it("gives back the analyses of random stretches of the seed articles (fast-check)", () => {
    fc.assert(
      fc.property(fc.nat(seeds.length - 1), fc.nat(20_000), fc.nat(3_000), (i, from, length) => {
        const body = seeds[i]!.body.slice(from % seeds[i]!.body.length, (from % seeds[i]!.body.length) + length);
        const analysis = analyzeArticleText(engine, { body, date: null });
        return JSON.stringify(roundTrip(analysis, body)) === JSON.stringify(analysis);
      }),
      { seed: 20261130, numRuns: 200 },
    );
  });

  it("gives each record its own strings in order of first use, however many strings the records before it used", () => {
    // the Writer finds a string's index through ids shared by every record of the thread (at most 2^16, then a Map of
    // the record's own): a record encoded after tens of thousands of other strings is byte for byte what it was first
    const a = seeds[0]!;
    const analysis = analyzeArticleText(engine, a);
    const first = encodeAnalysis(analysis, a.body);
    const many = analysis.matches[0]!;
    const crowd: TextAnalysis = { words: 1, sentences: [], matches: Array.from({ length: 70_000 }, (_, i) => ({ ...many, cue: `قال ${i}`, parent: null, role: null, construction: null })) };
    const crowded = encodeAnalysis(crowd, a.body);
    expect(crowded.strings.filter((s) => s.startsWith("قال ")).length).toBe(70_000);
    expect(JSON.stringify(decodeAnalysis(crowded, 1, a.body))).toBe(JSON.stringify(crowd));
    const again = encodeAnalysis(analysis, a.body);
    expect(again.strings).toEqual(first.strings);
    expect(Buffer.from(again.bytes).equals(Buffer.from(first.bytes))).toBe(true);
    expect(again.terms).toEqual(first.terms);
    const other = seeds[1]!;
    expect(encodeAnalysis(analyzeArticleText(engine, other), other.body).strings).not.toContain(crowd.matches[5]!.cue);
  });

  it("says so when the bytes are cut short or of another format", () => {
    const a = seeds[0]!;
    const { bytes, strings } = encodeAnalysis(analyzeArticleText(engine, a), a.body);
    expect(() => decodeAnalysis({ bytes: bytes.slice(0, bytes.length - 3), strings }, 0, a.body)).toThrow(/match codec/);
    expect(() => decodeAnalysis({ bytes: Uint8Array.of(9), strings }, 0, a.body)).toThrow(/stored format 9/);
  });
});
