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
});
