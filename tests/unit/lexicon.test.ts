import { stringify } from "yaml";
import path from "node:path";
import { loadLexicon } from "../../lib/lexicon/load";
import { LEXICONS } from "../helpers";
import { parseLexicon } from "../../lib/lexicon/parse";
import { ValidationError } from "../../lib/lexicon/problems";
import type { LexiconInput } from "../../lib/lexicon/schema";
import { LARGE_LEXICON_FORMS } from "../../lib/lexicon/validate";
import { generatedLexicon, madeUpWord, testLexicon } from "../fixtures/lexicon";

function problemsOf(mutate: (l: LexiconInput) => void): string[] {
  const lexicon = testLexicon();
  mutate(lexicon);
  try {
    parseLexicon(stringify(lexicon), "broken.yaml");
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).problems.map((p) => `${p.where}: ${p.message}`);
  }
}

describe("lexicon validation names the entry and the problem", () => {
  it("accepts the test lexicon", () => {
    expect(problemsOf(() => {})).toEqual([]);
  });

  it("refuses a duplicate id", () => {
    expect(problemsOf((l) => l.entries.push({ ...l.entries[0]!, forms: ["الجنرال الانقلابي"] }))).toContain('entry "marshal": duplicate id');
  });

  it("refuses a dangling counterpart", () => {
    expect(problemsOf((l) => l.entries[0]!.counterparts!.push("no-such-entry"))).toContain(
      'entry "marshal": counterpart "no-such-entry" does not exist (dangling counterpart)',
    );
  });

  it("refuses an empty form", () => {
    expect(problemsOf((l) => (l.entries[2]!.forms = ["حفتر", "  "])).join("\n")).toMatch(/entry "haftar" \(forms\.1\): empty form/);
  });

  it("refuses a form that normalizes to another entry's form", () => {
    expect(problemsOf((l) => l.entries[1]!.forms.push("المُشِير"))).toContain(
      'entry "retired": form "المُشِير" normalizes to form "المشير" of entry "marshal" ("المشير")',
    );
  });

  it("refuses a form whose article makes it another entry's form", () => {
    const problems = problemsOf((l) => l.entries[0]!.forms.push("وفاق")).join("\n");
    expect(problems).toMatch(/entry "wifaq": form "الوفاق" normalizes to form "وفاق" of entry "marshal"/);
  });

  it("refuses an undefined target", () => {
    expect(problemsOf((l) => (l.entries[0]!.target = "nobody"))).toContain('entry "marshal": target "nobody" is not defined in targets');
  });

  it("refuses a bad valence and a bad category, naming the entry", () => {
    const problems = problemsOf((l) => {
      l.entries[1]!.valence = 3;
      (l.entries[2] as { category: string }).category = "nice";
    });
    expect(problems.join("\n")).toMatch(/entry "retired" \(valence\): Too big/);
    expect(problems.join("\n")).toMatch(/entry "haftar" \(category\)/);
  });

  it("refuses broken YAML with its line", () => {
    expect(() => parseLexicon("id: x\nentries: [\n", "bad.yaml")).toThrow(/bad\.yaml: line \d+: not valid YAML/);
  });
});

describe("lexicon check at scale (issue 10)", () => {
  const warningsOf = (lexicon: LexiconInput) => parseLexicon(stringify(lexicon), "big.yaml").warnings.map((w) => `${w.where}: ${w.message}`);

  it("checks a lexicon with one 2,000-word form in under 1 s (it was cubic: 180 s)", () => {
    const lexicon = testLexicon();
    const words = Array.from({ length: 2_000 }, (_, i) => (i % 3 === 0 ? "قوات حفتر" : madeUpWord(i))).join(" ");
    lexicon.entries.push({ id: "long", forms: [words], target: "gna", category: "name", valence: 1, gloss: "g", rationale: "r" });
    const start = performance.now();
    const warnings = warningsOf(lexicon);
    expect((performance.now() - start) / 1000).toBeLessThan(1);
    // the long form hides the LNA phrase inside it, and says so (once per place)
    expect(warnings.filter((w) => w.includes('hides "قوات حفتر"'))).toHaveLength(Math.ceil(2_000 / 3));
  });

  it("warns about a phrase that hides another target's loaded phrase, unless the entry absorbs it", () => {
    const lexicon = testLexicon();
    lexicon.entries.push({ id: "offensive-of-haftar-forces", forms: ["عدوان قوات حفتر"], target: "offensive", category: "name", valence: -2, gloss: "g", rationale: "r" });
    expect(warningsOf(lexicon)).toEqual([
      'entry "offensive-of-haftar-forces": form "عدوان قوات حفتر" (offensive) hides "قوات حفتر" of entry "haftar-forces" (lna): the longest match wins',
    ]);
    lexicon.entries.at(-1)!.absorbs = ["haftar-forces"];
    expect(warningsOf(lexicon)).toEqual([]);
  });

  it("refuses an absorbs that names no entry", () => {
    expect(problemsOf((l) => (l.entries[0]!.absorbs = ["nobody"]))).toContain('entry "marshal": absorbs "nobody", which does not exist');
  });

  it(`warns above ${LARGE_LEXICON_FORMS.toLocaleString("en")} forms`, () => {
    expect(warningsOf(generatedLexicon(LARGE_LEXICON_FORMS))).toEqual([]);
    expect(warningsOf(generatedLexicon(LARGE_LEXICON_FORMS + 1))).toEqual([
      "lexicon: 20,001 forms in 20,001 entries: above 20,000 forms, loading and analysis slow down and memory grows (README, Limits)",
    ]);
  });
});

describe("the bundled lexicon's core file", () => {
  // The parts (libya-people.yaml, libya-names.yaml…) point at the core's targets and entries, never the other way:
  // the web app's store test, the reader's browser test and a user's one-file copy load libya.yaml alone.
  it("loads on its own, with no counterpart or target in another part", () => {
    const { lexicon, warnings } = loadLexicon(path.join(LEXICONS, "libya.yaml"));
    expect(lexicon.entries.length).toBeGreaterThan(200);
    expect(warnings).toEqual([]);
  });
});
