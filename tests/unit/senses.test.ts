import { analyzeText } from "../../lib/analysis/analyze-text";
import { SensesSchema } from "../../lib/constructions/schema";
import { DEFAULT_SENSES } from "../../lib/constructions/senses";
import data from "../../lib/constructions/senses.json";
import { bundledEngine } from "../helpers";

/** The loaded words the engine finds in a text (sentences written for these tests, in the styles of round 11's gold set). */
const terms = (body: string) => analyzeText(bundledEngine(), body).matches.map((m) => [m.text, m.term]);

describe("the bundled other-sense contexts", () => {
  it("are what the schema reads from senses.json: the engine takes them without zod, so this is where the file is checked", () => {
    const { $comment: _comment, ...rest } = data;
    const checked = SensesSchema.parse(rest);
    expect(DEFAULT_SENSES).toStrictEqual(checked);
  });

  it("name only entries the bundled lexicon has", () => {
    const ids = new Set(bundledEngine().lexicon.entries.keys());
    expect(DEFAULT_SENSES.contexts.flatMap((c) => c.entries).filter((id) => !ids.has(id))).toEqual([]);
  });
});

describe("words in another sense by their context", () => {
  it("drops a flood's «مقابر جماعية» and «شهداء» anywhere in an article about the storm, and keeps Tarhuna's", () => {
    const flood = "ضربت العاصفة دانيال مدينة درنة. ودفنت السلطات الضحايا في مقابر جماعية، واصفة إياهم بالشهداء.";
    expect(terms(flood)).toEqual([]);
    const tarhuna = "انتشلت الفرق جثثا من مقابر جماعية في ترهونة. ونعت الحكومة الشهداء.";
    expect(terms(tarhuna).map(([, term]) => term)).toEqual(["vio-mass-graves", "cas-martyrs"]);
  });

  it("drops «سحق» and «درع ليبيا» in a match report's sentence, and keeps them in a war communiqué's", () => {
    expect(terms("سحق الأهلي ضيفه بأربعة أهداف في الدوري، وتوج الفريق بلقب درع ليبيا.")).toEqual([]);
    expect(terms("سحقت قوات درع ليبيا المهاجمين جنوب العاصمة.").map(([, term]) => term)).toContain("vio-crush");
    expect(terms("سحقت قوات درع ليبيا المهاجمين جنوب العاصمة.").map(([, term]) => term)).toContain("dawn-revolutionaries-room");
  });

  it("drops the colonial war's «القوات الغازية» and another country's «الحكومة الشرعية», and keeps the Libyan camps'", () => {
    expect(terms("قاد عمر المختار المقاومة ضد القوات الغازية الإيطالية.")).toEqual([]);
    expect(terms("دعت الحكومة الشرعية في اليمن إلى هدنة.")).toEqual([]);
    expect(terms("طردت الحكومة الشرعية القوات الغازية من غريان.").map(([, term]) => term)).toEqual(["gna-legitimate-government", "ag-invading-forces"]);
  });
});
