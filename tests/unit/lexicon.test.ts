import { stringify } from "yaml";
import { parseLexicon } from "../../lib/lexicon/parse";
import { ValidationError } from "../../lib/lexicon/problems";
import type { LexiconInput } from "../../lib/lexicon/schema";
import { testLexicon } from "../fixtures/lexicon";

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
