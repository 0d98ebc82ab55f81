import { analyzeText } from "../../lib/analysis/analyze-text";
import { bundledEngine } from "../helpers";

/** Namings of the conflict after 2021 and their look-alikes, on sentences written for these tests. */
const found = (body: string, date: string | null = null) =>
  analyzeText(bundledEngine(), body, date).matches.map((m) => [m.text, m.target, m.parent === null ? "top" : "nested"]);

describe("the lexicon after 2021", () => {
  it("reads a son's surname as no mention of Haftar, but his sons named as his family as one", () => {
    expect(found("وعين حفتر نجله الفريق أول صدام حفتر نائبا له.")).toEqual([
      ["حفتر", "haftar", "top"],
      ["الفريق أول صدام حفتر", "lna", "top"],
    ]);
    expect(found("ويتولى أبناء حفتر ملفات الأمن.")).toEqual([
      ["أبناء حفتر", "lna", "top"],
      ["حفتر", "haftar", "nested"],
    ]);
  });

  it("takes the bare House and army for Libya's, and other countries' for look-alikes", () => {
    expect(found("وصوت مجلس النواب على الميزانية، وأشاد بدور الجيش في الجنوب.").map(([t, target]) => [t, target])).toEqual([
      ["مجلس النواب", "hor"],
      ["الجيش", "army-label"],
    ]);
    expect(found("ووافق مجلس النواب المصري على نشر الجيش السوداني والقوات المسلحة الجزائرية على الحدود.")).toEqual([]);
    expect(found("وأعلنت المؤسسة حالة القوة القاهرة على الموانئ.")).toEqual([]);
  });

  it("names the capital's apparatuses, and not other deterrent forces or Menfi in exile", () => {
    expect(found("واشتبك جهاز الردع مع قوات جهاز دعم الاستقرار بعد مقتل غنيوة.").map(([t, target]) => [t, target])).toEqual(
      expect.arrayContaining([["جهاز الردع", "radaa"], ["غنيوة", "ssa"]]),
    );
    expect(found("وعاد السياسي من المنفى بعد انتشار قوة الردع العربية في لبنان.")).toEqual([]);
  });

  it("reads the bare «البرلمان» as the legislature of the article's era, and other countries' parliaments as look-alikes", () => {
    const body = "ورفض البرلمان الميزانية التي قدمتها الحكومة، ودعا نواب في البرلمان الأوروبي والبرلمان العربي إلى الحوار.";
    expect(found(body, "2019-05-02")).toEqual([["البرلمان", "hor", "top"]]);
    expect(found(body, "2013-11-20")).toEqual([["البرلمان", "gnc", "top"]]);
    expect(found(body)).toEqual([["البرلمان", "hor", "top"]]);
    expect(found("وأعلن المؤتمر الوطني العام تمديد ولايته.", "2013-12-23")).toEqual([["المؤتمر الوطني العام", "gnc", "top"]]);
    expect(found("وأعلن المؤتمر الوطني العام تمديد ولايته.", "2015-01-10")).toEqual([["المؤتمر الوطني العام", "libya-dawn", "top"]]);
  });

  it("nests the bare «البرلمان» inside another target's naming, and keeps it inside the House's own", () => {
    expect(found("وأعلنت الحكومة المكلفة من البرلمان حالة الطوارئ.", "2023-09-12")).toEqual([
      ["الحكومة المكلفة من البرلمان", "gns", "top"],
      ["البرلمان", "hor", "nested"],
    ]);
    expect(found("وقال رئيس البرلمان إن الجلسة تأجلت.", "2023-09-12")).toEqual([["رئيس البرلمان", "hor", "top"]]);
  });
});
