import { analyzeText } from "../../lib/analysis/analyze-text";
import { createEngine } from "../../lib/analysis/engine";
import { acceptCandidate, bumpVersion, consonantSkeleton, discoverCandidates, emptyReviewFile, nameEngine, occurrencesAround, rejectCandidate, rejectedKeys } from "../../lib/discovery";
import { isFunctionWord } from "../../lib/discovery/mine";
import { normalize } from "../../lib/arabic/normalize";
import { loadLexicon } from "../../lib/lexicon/load";

const lexicon = loadLexicon("lexicons").lexicon;
const engine = createEngine(lexicon);
const names = nameEngine(lexicon, "haftar");
const text = (id: string, outlet: string, body: string) => {
  const a = analyzeText(engine, body);
  return { id, outlet, body, words: a.words, matches: a.matches };
};

// two outlets of our own writing: one calls Haftar's men "شراذم" (rabble), the other "نسور" (eagles: not a force noun of the construction grammar, which would make it a known naming)
const west = [
  text("w1", "west", "هاجمت شراذم حفتر أحياء العاصمة ليلا. وقالت البلدية إن شراذم حفتر قصفت المدارس."),
  text("w2", "west", "انسحبت شراذم خليفة حفتر من المطار، وتلاحق القوات الحكومية شراذم حفتر جنوبا."),
];
const east = [
  text("e1", "east", "تقدمت نسور حفتر نحو المطار. وأكدت القيادة أن نسور المشير حفتر تحكم السيطرة."),
  text("e2", "east", "واصلت نسور حفتر تقدمها، وحيا السكان نسور حفتر في الضواحي."),
];

describe("discovery: phrases around a target's names", () => {
  it("finds the words before and after a name, in original spelling, and skips function words", () => {
    const found = occurrencesAround(text("x", "x", "وأعلنت شراذمُ حفتر، المدعومة خارجيا، انسحابها حين وصل حفتر."), "haftar", names);
    const pairs = found.map((o) => [o.side, o.text]);
    expect(pairs).toEqual(expect.arrayContaining([["before", "شراذمُ"], ["before", "وأعلنت شراذمُ"], ["after", "المدعومة"], ["after", "المدعومة خارجيا"], ["before", "وصل"]]));
    expect(found.filter((o) => /^حين|حين$/.test(o.key))).toEqual([]);
    expect(isFunctionWord(normalize("حين"))).toBe(true);
    expect(isFunctionWord(normalize("بكل"))).toBe(true);
    expect(isFunctionWord(normalize("بينهم"))).toBe(true);
    expect(isFunctionWord(normalize("عصابات"))).toBe(false);
  });

  it("finds a plain name inside a longer naming of another target (حفتر in قوات حفتر)", () => {
    const found = occurrencesAround(text("x", "x", "قصفت طائرات قوات حفتر المدينة."), "haftar", names);
    expect(found.map((o) => o.anchor.text)).toContain("حفتر");
  });

  it("leaves out what the lexicon already names", () => {
    const found = occurrencesAround(text("x", "x", "أعلن اللواء المتقاعد خليفة حفتر هجوما."), "haftar", names);
    expect(found.map((o) => o.text)).not.toContain("اللواء المتقاعد");
  });

  it("ranks each outlet's phrases by keyness against the other outlet", () => {
    const [eastOut, westOut] = discoverCandidates([...west, ...east], { target: "haftar", names, minCount: 2 });
    expect(westOut!.outlet).toBe("west");
    expect(westOut!.candidates[0]).toMatchObject({ key: "شراذم", count: 4, elsewhere: 0, side: "before" });
    expect(westOut!.candidates[0]!.g2).toBeGreaterThan(0);
    expect(eastOut!.candidates[0]).toMatchObject({ key: "نسور", count: 4, elsewhere: 0 });
    expect(westOut!.candidates[0]!.kwic[0]!.anchor.text).toBe("حفتر");
  });

  it("groups spelling variants under one consonant skeleton and shows each spelling", () => {
    expect(consonantSkeleton(normalize("ميليشيات"))).toBe(consonantSkeleton(normalize("مليشيات")));
    expect(consonantSkeleton(normalize("ميليشيات"))).toBe(consonantSkeleton(normalize("ميلشيات")));
    expect(consonantSkeleton(normalize("الغزاة"))).toBe(consonantSkeleton(normalize("غزاه")));
    const texts = [text("a", "a", "عسكر حفتر هنا، عساكر حفتر هناك."), text("b", "b", "تقدم الجيش.")];
    const [a] = discoverCandidates(texts, { target: "haftar", names, minCount: 2 });
    expect(a!.candidates[0]!.spellings.map((s) => s.text).sort()).toEqual(["عساكر", "عسكر"]);
  });

  it("never proposes a rejected phrase again", () => {
    const review = rejectCandidate(emptyReviewFile(), "شراذم", "haftar");
    const [, westOut] = discoverCandidates([...west, ...east], { target: "haftar", names, rejected: rejectedKeys(review, "haftar") });
    expect(westOut!.candidates.map((c) => c.key)).not.toContain("شراذم");
  });
});

describe("review: accepted entries and a new version", () => {
  it("adds the entry with its target, category, valence, gloss and rationale, and bumps the version", () => {
    const after = acceptCandidate(emptyReviewFile(), { phrase: "عصابات حفتر", target: "lna", category: "pejorative", valence: -2, gloss: "Haftar's gangs", rationale: "Criminalizes his forces." });
    expect(after.version).toBe("0.1.1");
    expect(after.entries).toEqual([
      { id: "lna-discovered-1", forms: ["عصابات حفتر"], target: "lna", category: "pejorative", valence: -2, gloss: "Haftar's gangs", rationale: "Criminalizes his forces.", counterparts: [], absorbs: [], naming: true },
    ]);
    expect(bumpVersion("1.9.9")).toBe("1.9.10");
    expect(bumpVersion("2020-r1")).toBe("2020-r1.1");
  });
});
