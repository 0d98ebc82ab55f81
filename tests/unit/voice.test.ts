import { analyzeText } from "../../lib/analysis/analyze-text";
import { createEngine } from "../../lib/analysis/engine";
import { LexiconSchema } from "../../lib/lexicon/schema";
import { compileQuoteMarks, findQuotes } from "../../lib/voice/quotes";
import { DEFAULT_CUES } from "../../lib/voice/default-cues";
import { parseDefaultCues } from "../../lib/voice/schema";
import { testLexicon } from "../fixtures/lexicon";
import { bundledEngine } from "../helpers";

const engine = createEngine(LexiconSchema.parse(testLexicon()));
const voices = (text: string) => analyzeText(engine, text).matches.map((m) => [m.text, m.voice, m.scare_quoted] as const);

describe("the bundled cue lists", () => {
  it("are what the schema reads from cues.json: the engine takes them without zod, so this is where the file is checked", () => {
    const checked = parseDefaultCues();
    expect(DEFAULT_CUES).toStrictEqual(checked);
    // key order too: anything that writes the cues out writes the same bytes
    expect(JSON.stringify(DEFAULT_CUES)).toBe(JSON.stringify(checked));
  });
});

describe("quotes", () => {
  it("pairs “ ” « » and straight quotes, reversed ”…“ too, and ignores strays", () => {
    const text = "قال «نص» و“نص” و\"نص\" و”نص“ آذار»مارس";
    expect(findQuotes(text, compileQuoteMarks(DEFAULT_CUES)).map((q) => text.slice(q.open + 1, q.close))).toEqual(["نص", "نص", "نص", "نص"]);
  });

  it("resets at a line break: an unclosed quote is not a quotation", () => {
    const text = "قال «نص\nحفتر»";
    expect(findQuotes(text, compileQuoteMarks(DEFAULT_CUES))).toEqual([]);
  });
});

describe("voice of a match", () => {
  it("marks quoted speech", () => {
    expect(voices('وأشار إلى أن "قوات أفريكوم تتابع فلول تنظيم داعش".')).toEqual([
      ["فلول", "quoted", false],
      ["تنظيم داعش", "quoted", false],
    ]);
  });

  it("marks scare quotes around the loaded words alone as the outlet's own, distanced", () => {
    expect(voices("استهدفت الضربة 8 أشخاص يتبعون “تنظيم الدولة”؛ في غارة جوية")).toEqual([["تنظيم الدولة", "author", true]]);
  });

  it("attributes what follows a reporting verb's complementizer, not the speaker's description", () => {
    expect(voices("وقال المتحدث باسم حكومة الوفاق إن قوات حفتر تراجعت.")).toEqual([
      ["حكومة الوفاق", "author", false],
      ["قوات حفتر", "attributed", false],
    ]);
  });

  it("reads the object of «وصف … بأنه» as reported, and a subject right after the verb as the speaker", () => {
    // gold passages r9-watiya-trt, r9-rt-sirte-wire: the subject is no naming, the object is the speaker's
    expect(voices("ووصف المصدر العسكري حكومة الوفاق بأنها رهينة.")).toEqual([["حكومة الوفاق", "attributed", false]]);
    expect(voices("ووصفت حكومة الوفاق قوات حفتر بأنها غازية.")).toEqual([
      ["حكومة الوفاق", "author", false],
      ["قوات حفتر", "attributed", false],
    ]);
  });

  it("reads a plural «وصفوا/اتهموا» as carrying its subject: the words right after it are the object, reported", () => {
    // gold passage r13-elders-councils-2019: the participants, named before the verb, describe the GNA
    expect(voices("ورفض المشاركون الاتفاق ووصفوا حكومة الوفاق بأنها رهينة.")).toEqual([["حكومة الوفاق", "attributed", false]]);
    expect(voices("واتهموا قوات حفتر بقصف المدينة.")).toEqual([["قوات حفتر", "attributed", false]]);
  });

  it("attributes a whole sentence with an according-to cue", () => {
    const [m] = analyzeText(engine, "عاد الهدوء بعد تراجع قوات حفتر، وفق البيان.").matches;
    expect([m!.voice, m!.cue]).toEqual(["attributed", "وفق"]);
  });

  it("ends a report without complementizer at the comma where the outlet's clause resumes", () => {
    expect(voices("وكانت أفريكوم قد أعلنت سحب القوات من ليبيا، وذلك بعد بدء هجوم قوات اللواء المتقاعد خليفة حفتر على طرابلس.")).toEqual([
      ["اللواء المتقاعد خليفة حفتر", "author", false],
    ]);
    expect(voices("أكد السراج عزم حكومة الوفاق على مقاومة عدوان قوات حفتر بكل قوة.")).toEqual([
      ["حكومة الوفاق", "attributed", false],
      ["عدوان", "attributed", false],
      ["قوات حفتر", "attributed", false],
    ]);
  });

  it("leaves the outlet's own sentences in its own voice", () => {
    expect(voices("تشهد محاور القتال هدوءا بعد اضطرار قوات حفتر إلى التراجع.")).toEqual([["قوات حفتر", "author", false]]);
  });
});

describe("«وفق» of a rule or a document", () => {
  const voicesOf = (text: string) => analyzeText(bundledEngine(), text).matches.map((m) => [m.text, m.voice] as const);

  it("keeps a sentence the outlet's when «وفق/وفقا/حسب» is «in accordance with» an agreement or a law", () => {
    expect(voicesOf("وجاء التعيين وفق مذكرة وقعها ممثلو مجلس النواب والمجلس الأعلى للدولة.")).toEqual([
      ["مجلس النواب", "author"],
      ["المجلس الأعلى للدولة", "author"],
    ]);
    expect(voicesOf("وطالب المجلس البلدي حكومة الوحدة الوطنية بتحقيق وفقا للقانون.")).toEqual([["حكومة الوحدة الوطنية", "author"]]);
  });

  it("still reads «وفق» before a source as «according to»", () => {
    expect(voicesOf("وتمركزت قوات حفتر جنوب المدينة، وفق مصادر محلية.").map(([, voice]) => voice)).not.toContain("author");
  });
});

describe("round twelve's cues", () => {
  const voicesOf = (text: string) => analyzeText(bundledEngine(), text).matches.map((m) => [m.text, m.voice] as const);

  it("reads a reply or a closing word with a complementizer as a report (ردت … بأن، وختم بأن، وتابع أن، ونقلت … أن)", () => {
    expect(voicesOf("وردت وزارة الخارجية بأن مرتزقة فاغنر يقاتلون جنوب طرابلس.")).toEqual([["مرتزقة فاغنر", "attributed"]]);
    expect(voicesOf("وختم المتحدث بأن قوات حفتر خرقت الهدنة.")).toEqual([
      ["قوات حفتر", "attributed"],
      ["حفتر", "attributed"],
    ]);
    expect(voicesOf("وتابع أن حكومة الوفاق لن تفاوض.")).toEqual([["حكومة الوفاق", "attributed"]]);
    expect(voicesOf("ونقلت وكالات الأنباء أن الميليشيات انسحبت من المطار.").map(([, voice]) => voice)).toEqual(["attributed"]);
  });

  it("leaves a reply in deeds, a closing or a following without a complementizer in its clause the outlet's", () => {
    expect(voicesOf("وردت قوات حفتر على القصف بقصف مماثل.")).toEqual([
      ["قوات حفتر", "author"],
      ["حفتر", "author"],
    ]);
    expect(voicesOf("وتابعت حكومة الوفاق اجتماعاتها، وأكد مصدر أن الجلسة انتهت.")).toEqual([["حكومة الوفاق", "author"]]);
    expect(voicesOf("وردت قوات حفتر على الهجوم بعد أن تقدمت ميليشيات الوفاق.")).toEqual([
      ["قوات حفتر", "author"],
      ["حفتر", "author"],
      ["ميليشيات الوفاق", "author"],
    ]);
  });

  it("reads the object of a participle as reported: its subject, the accuser, came before it (…، متهمين حكومة الوفاق…)", () => {
    expect(voicesOf("وأغلق المحتجون الحقول، متهمين حكومة الوفاق بتمويل المرتزقة.")).toEqual([
      ["حكومة الوفاق", "attributed"],
      ["المرتزقة", "attributed"],
    ]);
  });

  it("reads the words after «ما وصفه بـ» as the speaker's", () => {
    expect(voicesOf("وانتقد الوزير ما وصفها بالحكومة الموازية في الشرق.")).toEqual([["الحكومة الموازية في الشرق", "attributed"]]);
  });

  it("ends a report without a complementizer before a time clause (بعد أن، قبل أن), where the outlet's narrative resumes", () => {
    expect(voicesOf("وأعلن الجيش حظر التجول في المدينة بعد أن دخلتها ميليشيات الوفاق.")).toContainEqual(["ميليشيات الوفاق", "author"]);
    expect(voicesOf("وأعلن الجيش حظر التجول لمواجهة ميليشيات الوفاق.")).toContainEqual(["ميليشيات الوفاق", "attributed"]);
  });

  it("reads a naming a word or two after a speaker's title, or after a linker, as the speaker's description (the outlet's words)", () => {
    expect(voicesOf("وأعلن المتحدث باسم الجيش الليبي تحرير المطار من الميليشيات.")).toEqual([
      ["الجيش الليبي", "author"],
      ["تحرير", "attributed"],
      ["الميليشيات", "attributed"],
    ]);
    expect(voicesOf("ووصف وزير الخارجية بحكومة الوفاق قوات حفتر بأنها ميليشيات.").slice(0, 2)).toEqual([
      ["حكومة الوفاق", "author"],
      ["قوات حفتر", "attributed"],
    ]);
    expect(voicesOf("وأعلنت رئاسة الأركان العامة التابعة لحكومة الوفاق النفير.")).toEqual([
      ["رئاسة الأركان العامة", "author"],
      ["حكومة الوفاق", "author"],
    ]);
  });

  it("keeps the object reported: past the title's two words, and after a speaker of another target with no linker", () => {
    expect(voicesOf("وأكد وزير الداخلية دعمه لقوات حفتر.")).toEqual([
      ["قوات حفتر", "attributed"],
      ["حفتر", "attributed"],
    ]);
    expect(voicesOf("واتهمت وزارة الدفاع بحكومة الوحدة الميليشيات بخرق الهدنة.")).toEqual([
      ["حكومة الوحدة", "author"],
      ["الميليشيات", "attributed"],
    ]);
  });

  it("reads the loaded words alone in quotes inside what a complementizer reports as the speaker's quotation, not the outlet's scare quotes", () => {
    expect(analyzeText(bundledEngine(), 'وقال الوزير إن الحكومة لن تقبل أي دور لـ"مجرم الحرب" في المستقبل.').matches.map((m) => [m.text, m.voice, m.scare_quoted])).toEqual([["مجرم الحرب", "quoted", false]]);
    // a name in quotes in an according-to sentence is still the outlet's (the seed 000's «قائد 'أفريكوم'… بحسب بيان»)
    expect(analyzeText(bundledEngine(), "ووصل قائد “الأفريكوم” إلى طرابلس، بحسب بيان للمجلس.").matches.map((m) => [m.text, m.voice, m.scare_quoted])).toEqual([["الأفريكوم", "author", true]]);
  });

  it("keeps «وفق» before interests or agreements («وفق مصالح قادتها»، «وفق اتفاقات معلنة») the outlet's words", () => {
    expect(voicesOf("وانقسمت الميليشيات بين الحكومتين وفق مصالح قادتها.")).toEqual([["الميليشيات", "author"]]);
    expect(voicesOf("ويجري التعاون مع قوات حفتر وفق اتفاقات معلنة.")).toEqual([
      ["قوات حفتر", "author"],
      ["حفتر", "author"],
    ]);
  });
});
