import { analyzeText } from "../../lib/analysis/analyze-text";
import { createEngine } from "../../lib/analysis/engine";
import { LexiconSchema } from "../../lib/lexicon/schema";
import { testLexicon } from "../fixtures/lexicon";

const engine = createEngine(LexiconSchema.parse(testLexicon()));
const find = (text: string) => analyzeText(engine, text).matches.map((m) => ({ term: m.term, text: m.text }));

describe("clitics: a form matches with its clitics and never inside another word", () => {
  it("finds المشير inside بالمشير, and the whole name as one match", () => {
    expect(find("لقاء بالعاصمة الإماراتية أبوظبي جمعه بالمشير خليفة حفتر قائد الجيش الوطني الليبي")).toEqual([
      { term: "marshal", text: "المشير خليفة حفتر" },
      { term: "lna", text: "الجيش الوطني الليبي" },
    ]);
  });

  it("does not take مشيرا or مشيرًا (pointing out) for المشير", () => {
    expect(find("مشيرا إلى أن التعاون مستمر، مشيرًا إلى تسرب عناصر")).toEqual([]);
  });

  it("does not take توافق for الوفاق, nor فلولا for فلول", () => {
    expect(find("لتحقيق توافق وطني")).toEqual([]);
    expect(find("فلولا الدعم لما صمدت")).toEqual([]);
    expect(find("استهداف فلول التنظيم")).toEqual([{ term: "remnants", text: "فلول" }]);
  });

  it("does not take الدول for الدولة", () => {
    expect(find("تنظيم الدول المجاورة")).toEqual([]);
    expect(find("ضد تنظيم الدولة في سرت")).toEqual([{ term: "isis-state", text: "تنظيم الدولة" }]);
  });

  it("accepts the proclitics و ف ب ك ل and the article contraction لل", () => {
    expect(find("والمشير")).toEqual([{ term: "marshal", text: "المشير" }]);
    expect(find("وبالمشير")).toEqual([{ term: "marshal", text: "المشير" }]);
    expect(find("للوفاق")).toEqual([{ term: "wifaq", text: "لوفاق" }]);
    expect(find("لحكومة الوفاق")).toEqual([{ term: "gna", text: "حكومة الوفاق" }]);
  });

  it("reads ل + a lam-initial definite noun written with two lams (للواء is ل + اللواء)", () => {
    const lam = createEngine(
      LexiconSchema.parse({
        ...testLexicon(),
        entries: [{ id: "retired", forms: ["اللواء المتقاعد"], target: testLexicon().targets[0]!.id, category: "delegitimizing", valence: -2, gloss: "g", rationale: "r" }],
      }),
    );
    const texts = (t: string) => analyzeText(lam, t).matches.map((m) => m.text);
    expect(texts("الدعم الذي تقدمه أبوظبي للواء المتقاعد")).toEqual(["لواء المتقاعد"]);
    expect(texts("وللواء المتقاعد أنصار")).toEqual(["لواء المتقاعد"]);
    expect(texts("لواء المتقاعد")).toEqual([]);
  });

  it("lets a form written without the article match with it, but not the reverse", () => {
    expect(find("العدوان على طرابلس")).toEqual([{ term: "aggression", text: "العدوان" }]);
    expect(find("بالعدوان")).toEqual([{ term: "aggression", text: "العدوان" }]);
    expect(find("مشير")).toEqual([]);
  });

  it("accepts a possessive suffix on a one-word form, and ta marbuta turned ta before it", () => {
    expect(find("عدوانها")).toEqual([{ term: "aggression", text: "عدوان" }]);
    expect(find("حكومته")).toEqual([{ term: "government", text: "حكومت" }]);
    expect(find("عدواني")).toEqual([]);
  });

  it("keeps the diacritics the reader sees inside the match", () => {
    const text = "بالمُشِيرِ خليفة حفتر";
    const [m] = analyzeText(engine, text).matches;
    expect(m!.text).toBe("المُشِيرِ خليفة حفتر");
    expect(text.slice(m!.start, m!.end)).toBe(m!.text);
    expect(text.slice(m!.token_start, m!.token_end)).toBe("بالمُشِيرِ خليفة حفتر");
  });
});

describe("longest match", () => {
  it("takes اللواء المتقاعد خليفة حفتر as one match, not three", () => {
    expect(find("بدء هجوم قوات اللواء المتقاعد خليفة حفتر على طرابلس")).toEqual([
      { term: "retired", text: "اللواء المتقاعد خليفة حفتر" },
    ]);
  });

  it("prefers تنظيم الدولة الإسلامية over تنظيم الدولة, with or without hamza", () => {
    expect(find("ضد تنظيم الدولة الإسلامية")).toEqual([{ term: "isis-state-full", text: "تنظيم الدولة الإسلامية" }]);
    expect(find("ضد تنظيم الدولة الاسلامية")).toEqual([{ term: "isis-state-full", text: "تنظيم الدولة الاسلامية" }]);
  });

  it("falls back to the longest form that is complete", () => {
    expect(find("المشير خليفة")).toEqual([{ term: "marshal", text: "المشير" }]);
  });

  it("does not run a phrase across a blank line or punctuation", () => {
    expect(find("تنظيم\n\nالدولة")).toEqual([]);
    expect(find("تنظيم، الدولة")).toEqual([]);
    expect(find("تنظيم\nالدولة")).toEqual([{ term: "isis-state", text: "تنظيم\nالدولة" }]);
  });

  it("accepts ta marbuta typed as ha on a word with the article", () => {
    expect(find("تنظيم الدوله")).toEqual([{ term: "isis-state", text: "تنظيم الدوله" }]);
  });
});

describe("definiteness: a form written without the article, met with it", () => {
  const target = testLexicon().targets[0]!.id;
  const entry = (id: string, form: string) => ({ id, forms: [form], target, category: "pejorative" as const, valence: -2, gloss: "g", rationale: "r" });
  const definite = createEngine(
    LexiconSchema.parse({
      ...testLexicon(),
      entries: [entry("militias-government", "حكومة الميليشيات"), entry("government", "حكومة"), entry("loyal-forces", "قوات موالية لحفتر"), entry("turkish-forces", "قوات تركية"), entry("terror-op", "عملية إرهابية"), entry("offensive", "هجوم على طرابلس"), entry("dbeibah-government", "حكومة عبد الحميد الدبيبة"), entry("battalion", "كتيبة 128")],
    }),
  );
  const texts = (t: string) => analyzeText(definite, t).matches.map((m) => `${m.term}:${m.text}`);

  it("never gives a construct's first noun the article: «الحكومة الميليشيات» is a subject and its object", () => {
    expect(texts("واتهمت الحكومةُ الميليشياتِ بعرقلة الانتخابات.")).toEqual(["government:الحكومةُ"]);
    expect(texts("ووصفها بأنها حكومة الميليشيات.")).toEqual(["militias-government:حكومة الميليشيات"]);
    expect(texts("ولحكومة الميليشيات أنصار.")).toEqual(["militias-government:حكومة الميليشيات"]);
    expect(texts("وقال رئيس الحكومة عبد الحميد الدبيبة إن")).toEqual(["government:الحكومة"]);
    expect(texts("وقالت حكومة عبد الحميد الدبيبة إن")).toEqual(["dbeibah-government:حكومة عبد الحميد الدبيبة"]);
    expect(texts("وانسحبت الكتيبة 128 من مرزق.")).toEqual(["battalion:الكتيبة 128"]);
  });

  it("reads an adjective written with the article as the form's adjective without it, the noun made definite", () => {
    expect(texts("وانتشرت القوات التركية في قاعدة الوطية.")).toEqual(["turkish-forces:القوات التركية"]);
    expect(texts("وانسحبت القوات الموالية لحفتر من المطار.")).toEqual(["loyal-forces:القوات الموالية لحفتر"]);
    expect(texts("ووصف العملية الإرهابية بأنها جبانة.")).toEqual(["terror-op:العملية الإرهابية"]);
    expect(texts("وبدأ الهجوم على طرابلس في أبريل.")).toEqual(["offensive:الهجوم على طرابلس"]);
  });

  it("does not give the adjective the article where the noun has none", () => {
    expect(texts("وانتشرت قوات التركية")).toEqual([]);
    expect(texts("وانتشرت قوات تركية في الوطية.")).toEqual(["turkish-forces:قوات تركية"]);
  });
});
