import { analyzeText } from "../../lib/analysis/analyze-text";
import { bundledEngine } from "../helpers";

/** The loaded words the engine finds in a text (sentences written for these tests, in the wires' and the camps' styles). */
const terms = (body: string) => analyzeText(bundledEngine(), body).matches.map((m) => m.term);

describe("round fourteen's armed formations (lexicons/libya-groups.yaml)", () => {
  it("reads the Tripoli Revolutionaries Brigade as one name, and its critics' «ميليشيا» as a pejorative of it", () => {
    expect(terms("أعلنت كتيبة ثوار طرابلس انسحابها من المقرات.")).toEqual(["gna-tripoli-revolutionaries"]);
    expect(terms("هاجمت ميليشيا ثوار طرابلس مقرا حكوميا.")).toEqual(["gna-tripoli-revolutionaries-militia"]);
  });
});

/** Each match as [words, entry], for the round's tests that also check what is left alone. */
const found = (body: string, date: string | null = null) =>
  analyzeText(bundledEngine(), body, date).matches.map((m) => [body.slice(m.start, m.end), m.term]);
const targetsOf = (body: string, date: string | null = null) =>
  analyzeText(bundledEngine(), body, date).matches.map((m) => [body.slice(m.start, m.end), m.target]);

describe("round fifteen's names by category (lexicons/libya-names.yaml)", () => {
  it("reads 2011's loaded names for Qaddafi, and leaves other tyrants and his plain name alone", () => {
    expect(found("انتهى عهد الطاغية وفر أنصار الأخ القائد إلى الجنوب.")).toEqual([
      ["الطاغية", "ql-tyrant"],
      ["الأخ القائد", "ql-brother-leader"],
    ]);
    expect(found("ويقارن الكاتب بين الطاغية بشار الأسد وحكام آخرين.").map(([, term]) => term)).not.toContain("ql-tyrant");
    expect(found("سقط نظام معمر القذافي في أغسطس.")).toEqual([]);
  });

  it("reads «الجرذان» and «الطحالب» as the revolution's labels, and as rats and algae in a sentence on rubbish or a lake", () => {
    expect(found("وتوعد القذافي في خطابه الجرذان بالزحف عليهم، فرد الثوار بأن الطحالب إلى زوال.")).toEqual([
      ["الجرذان", "ag-rats"],
      ["الثوار", "ag-revolutionaries"],
      ["الطحالب", "ql-algae"],
    ]);
    expect(found("اشتكى السكان من انتشار الجرذان قرب مكبات القمامة.")).toEqual([]);
    expect(found("غطت الطحالب سطح البحيرة بعد موجة الحر.")).toEqual([]);
  });

  it("reads the wires' Islamist brigades and the shura councils in the plural, and not the Gulf's chambers", () => {
    expect(targetsOf("هاجمت قوات حفتر مقار كتائب إسلامية في بنغازي، وردت مجالس الشورى بالقصف.").filter(([, t]) => t === "shura-councils")).toEqual([
      ["كتائب إسلامية", "shura-councils"],
      ["مجالس الشورى", "shura-councils"],
    ]);
    expect(found("اجتمع رؤساء مجالس الشورى والنواب في دول الخليج.")).toEqual([]);
  });

  it("reads the Turks, the proxy war and the indefinite «عدوانا», and not a Turkish team", () => {
    expect(found("ويخشى مراقبون أن يحول الأتراك البلاد إلى ساحة حرب بالوكالة، بينما تراه طرابلس عدوانا.")).toEqual([
      ["الأتراك", "turkey-turks"],
      ["حرب بالوكالة", "fi-proxy-war"],
      ["عدوانا", "to-aggression-bare"],
    ]);
    expect(found("فاز المنتخب على الأتراك في المباراة الودية.")).toEqual([]);
  });

  it("names Maiteeq, Namroush and Juwaili by their era's camp, and not Mitiga airport", () => {
    expect(targetsOf("وقع أحمد معيتيق الاتفاق بحضور صلاح الدين النمروش.", "2020-09-20")).toEqual([
      ["أحمد معيتيق", "gna"],
      ["صلاح الدين النمروش", "gna"],
    ]);
    expect(targetsOf("وقال أسامة الجويلي إنه يدعم حكومة باشاغا.", "2022-05-17")[0]).toEqual(["أسامة الجويلي", "gns"]);
    expect(targetsOf("وقاد أسامة الجويلي غرفة العمليات المشتركة.", "2019-06-01")).toEqual([["أسامة الجويلي", "gna"]]);
    expect(found("هبطت الطائرة في مطار معيتيقه بعد توقف الرحلات.")).toEqual([]);
  });

  it("reads Menfi by his surname, and not exile", () => {
    expect(found("وقال المنفي إن المشاورات ستتواصل.")).toEqual([["المنفي", "menfi-name"]]);
    expect(found("عاش المعارض سنوات في المنفى قبل أن يعود إلى بنغازي.")).toEqual([]);
  });
});

describe("round fifteen's earlier people (lexicons/libya-names.yaml)", () => {
  it("names Salah Badi's brigade and its critics' «ميليشيا», and Swehli by his full name only", () => {
    expect(found("وهاجم لواء الصمود بقيادة صلاح بادي جنوب العاصمة.")).toEqual([
      ["لواء الصمود", "dawn-salah-badi"],
      ["صلاح بادي", "dawn-salah-badi"],
    ]);
    expect(found("وتقدمت ميليشيا الصمود نحو المطار.")).toEqual([["ميليشيا الصمود", "dawn-samoud-militia"]]);
    expect(found("فاز السويحلي على الأهلي في ملعب مصراتة.")).toEqual([]);
  });
});

describe("round fifteen's names for Haftar's foreign backers", () => {
  it("reads the Brotherhood-aligned pages' «رئيس النظام المصري», «المنقلب السيسي» and «عيال زايد»", () => {
    expect(found("وزار حفتر رئيس النظام المصري في القاهرة بعد أن التقى عيال زايد.").filter(([, t]) => t !== "haftar-surname")).toEqual([
      ["رئيس النظام المصري", "egypt-sisi-regime"],
      ["عيال زايد", "uae-statelet"],
    ]);
    expect(found("ويهدد المنقلب السيسي بالتدخل في ليبيا.")).toEqual([["المنقلب السيسي", "egypt-sisi-putschist"]]);
  });
});
