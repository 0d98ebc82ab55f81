import { analyzeText } from "../../lib/analysis/analyze-text";
import { loadLexicon } from "../../lib/lexicon/load";
import { LexiconSchema } from "../../lib/lexicon/schema";
import { checkLexicon } from "../../lib/lexicon/validate";
import { bundledEngine } from "../helpers";

/** Words that named different actors over the years, read in the article's era (sentences written for these tests). */
const targetsOf = (body: string, date: string | null) =>
  analyzeText(bundledEngine(), body, date).matches.map((m) => [m.text, m.target]);

describe("the era of an article", () => {
  const body = "ورفضت الحكومة الموازية قرار رئيس المجلس الرئاسي بتغيير محافظ المصرف.";

  it("reads «الحكومة الموازية» as the House's eastern cabinet before 2021 and Bashagha's (then Hammad's) government from 2022", () => {
    expect(targetsOf(body, "2016-06-01")).toEqual([["الحكومة الموازية", "hor"], ["رئيس المجلس الرئاسي", "sarraj"], ["المجلس الرئاسي", "gna"]]);
    expect(targetsOf(body, "2024-08")).toEqual([["الحكومة الموازية", "gns"], ["رئيس المجلس الرئاسي", "menfi"], ["المجلس الرئاسي", "menfi"]]);
    expect(targetsOf(body, "2022")).toEqual(expect.arrayContaining([["الحكومة الموازية", "gns"]]));
  });

  it("reads «منتهية الولاية» as aimed at the unity government once it exists", () => {
    const text = "وقالت الحكومة منتهية الولاية إنها باقية.";
    expect(targetsOf(text, "2019-04-10")).toEqual([["منتهية الولاية", "gna"]]);
    expect(targetsOf(text, "2023-01-01")).toEqual([["منتهية الولاية", "gnu"]]);
  });

  it("without a date, takes the era's actor the text names elsewhere, itself or through the person who heads it, else the entry's own target", () => {
    expect(targetsOf("وقال باشاغا إن الحكومة الموازية ستدخل طرابلس.", null)).toContainEqual(["الحكومة الموازية", "gns"]);
    expect(targetsOf("واتهم الدبيبة الحكومة منتهية الولاية بالعجز.", null)).toContainEqual(["منتهية الولاية", "gnu"]);
    expect(targetsOf("وقال الثني إن الحكومة الموازية في الشرق تدير المدن.", null)).toContainEqual(["الحكومة الموازية في الشرق", "hor"]);
  });

  it("the lexicon check refuses an era target that does not exist and warns about one without a period", () => {
    const { lexicon } = loadLexicon("lexicons");
    const broken = LexiconSchema.parse({
      ...lexicon,
      id: "era-test",
      targets: [...lexicon.targets, { id: "undated", label: "x", label_ar: "س", description: "x" }],
      entries: [
        ...lexicon.entries,
        { id: "era-nowhere", forms: ["كلمة عابرة"], target: "hor", category: "name", valence: 0, gloss: "x", rationale: "x", era_targets: ["atlantis"] },
        { id: "era-undated", forms: ["كلمة ثانية"], target: "hor", category: "name", valence: 0, gloss: "x", rationale: "x", era_targets: ["undated"] },
      ],
    });
    const problems = checkLexicon(broken);
    expect(problems).toContainEqual(expect.objectContaining({ severity: "error", where: 'entry "era-nowhere"', message: expect.stringMatching(/era target "atlantis"/) }));
    expect(problems).toContainEqual(expect.objectContaining({ severity: "warning", where: 'entry "era-undated"', message: expect.stringMatching(/no period/) }));
  });
});
