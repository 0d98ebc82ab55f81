import { analyzeText } from "../../lib/analysis/analyze-text";
import { readerModel } from "../../lib/report/reader";
import { bundledEngine } from "../helpers";

/** The reader's shading of reported words agrees with the engine's voices (sentences written for this test). */
const shaded = (body: string) => {
  const engine = bundledEngine();
  const analysis = analyzeText(engine, body);
  const { spans } = readerModel(engine, body, analysis);
  return { analysis, attributed: spans.filter((s) => s.voice === "attributed").map((s) => body.slice(s.start, s.end)) };
};

describe("the reader's attributed shading", () => {
  it("leaves the speaker named right after a bare reporting verb in the outlet's words, as the engine does", () => {
    const body = "وأكد رئيس المجلس الأعلى للدولة خالد المشري دعمه لإجراء الانتخابات قبل نهاية العام.";
    const { analysis, attributed } = shaded(body);
    expect(analysis.matches.filter((m) => m.voice === "author").map((m) => m.text)).toEqual(["رئيس المجلس الأعلى للدولة", "خالد المشري"]);
    expect(attributed).toEqual(["دعمه لإجراء الانتخابات قبل نهاية العام"]);
  });

  it("keeps the verb's object shaded as reported, and shades all that follows a complementizer", () => {
    const object = shaded("واتهمت الحكومة الميليشيات بعرقلة الانتخابات.");
    expect(object.analysis.matches.find((m) => m.text === "الميليشيات")?.voice).toBe("attributed");
    expect(object.attributed).toEqual(["الحكومة الميليشيات بعرقلة الانتخابات"]);
    const reported = shaded("وقال الدبيبة إن ميليشيات حفتر تحشد قرب سرت.");
    expect(reported.attributed).toEqual(["ميليشيات حفتر تحشد قرب سرت"]);
  });
});
