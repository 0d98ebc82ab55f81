import { evidence, label } from "./resolution-helpers";

// Places held by one camp in an era, a back-reference to the previous sentence, a neutral label in a one-camp article: sentences written for these tests.

describe("a place held by one camp in the article's era", () => {
  it("Benghazi 2014–2017: a terror label there is the Shura councils', though the article names Libya Dawn damningly", () => {
    const body = "وهاجمت ميليشيات فجر ليبيا مطار طرابلس.\nوقال الناطق إن الإرهابيين انسحبوا من أحياء بنغازي الغربية.";
    const m = label(body, "الإرهابيين", "2015-03-02");
    expect(m.resolved).toMatchObject({ target: "shura-councils", by: "sentence" });
    expect(evidence(body, m)).toBe("بنغازي");
  });

  it("Tripoli by era: Libya Dawn in 2015, the GNA in 2018, the unity government in 2023", () => {
    const body = "وانتشرت الجماعات المسلحة في شوارع طرابلس بعد منتصف الليل.";
    expect(label(body, "الجماعات المسلحة", "2015-01-10").resolved).toMatchObject({ target: "libya-dawn", by: "sentence" });
    expect(label(body, "الجماعات المسلحة", "2018-09-01").resolved).toMatchObject({ target: "gna", by: "sentence" });
    expect(label(body, "الجماعات المسلحة", "2023-08-15").resolved).toMatchObject({ target: "gnu", by: "sentence" });
  });

  it("undated, the era whose camp the article names", () => {
    const body = "وقال رئيس حكومة الوحدة الوطنية إن الأمن مستتب.\nوانتشرت الجماعات المسلحة في شوارع طرابلس بعد منتصف الليل.";
    expect(label(body, "الجماعات المسلحة").resolved).toMatchObject({ target: "gnu", by: "sentence" });
    // no camp of Tripoli's eras named: the place cannot tell
    expect(label("وانتشرت الجماعات المسلحة في شوارع طرابلس بعد منتصف الليل.", "الجماعات المسلحة").resolved).toMatchObject({ target: null });
  });

  it("an era limited to some labels: Fezzan's terror labels are ISIS, its armed groups are not", () => {
    const body = "وضبطت الدوريات أسلحة في مخابئ الإرهابيين قرب سبها.\nوانتشرت الجماعات المسلحة قرب سبها.";
    expect(label(body, "الإرهابيين", "2019-02-01").resolved).toMatchObject({ target: "isis", by: "sentence" });
    expect(label(body, "الجماعات المسلحة", "2019-02-01").resolved).toMatchObject({ target: null });
  });

  it("outside the era, or for a praising label, the place says nothing", () => {
    const body = "وانتشرت الجماعات المسلحة في أحياء بنغازي.";
    expect(label(body, "الجماعات المسلحة", "2021-06-01").resolved).toMatchObject({ target: null });
    // the LNA's army fought in Tripoli's suburbs: a praising label is never read from a place
    const army = "وتقدم الجيش الليبي في ضواحي طرابلس الجنوبية.";
    expect(label(army, "الجيش الليبي", "2019-05-01").resolved?.target).not.toBe("gna");
  });

  it("the place nearest the label decides, its own words first", () => {
    const body = "ويضم التحالف كتائب من مصراتة، بينما تقف كتائب الزنتان على الجانب الآخر.";
    expect(label(body, "كتائب من مصراتة", "2014-09-01").resolved).toMatchObject({ target: "libya-dawn", by: "sentence" });
    expect(label(body, "كتائب الزنتان", "2014-09-01").resolved).toMatchObject({ target: "lna", by: "sentence" });
  });
});

describe("a sentence that refers back to the previous one's camp", () => {
  it("«هذه الكتائب … بأنها ميليشيات»: the label is of the camp the previous sentence names first, whatever its framing", () => {
    const body = "وتواصل قوات فجر ليبيا تقدمها نحو الجنوب لملاحقة فلول القذافي.\nويصف خصومها هذه الكتائب بأنها ميليشيات، ويراها أنصارها ثوارا.";
    const m = label(body, "ميليشيات", "2014-11-07");
    expect(m.resolved).toMatchObject({ target: "libya-dawn", by: "paragraph" });
    expect(evidence(body, m)).toBe("قوات فجر ليبيا");
    expect(label(body, "ثوارا", "2014-11-07").resolved).toMatchObject({ target: "libya-dawn", by: "paragraph" });
  });

  it("without a demonstrative, or when the sentence names a camp itself, the previous sentence is not read", () => {
    const body = "وتواصل قوات فجر ليبيا تقدمها نحو الجنوب.\nويصف خصومها الكتائب بأنها ميليشيات.";
    expect(label(body, "ميليشيات", "2014-11-07").resolved?.by).not.toBe("paragraph");
  });
});

describe("a neutral label in an article that names one of its camps", () => {
  it("is of that camp (gunmen in an article about ISIS alone)", () => {
    const body = "أعلنت القيادة الأمريكية تنفيذ غارة على مواقع تنظيم داعش في الصحراء.\nوأفاد البيان بمقتل ستة مسلحين.";
    expect(label(body, "مسلحين", "2019-09-20").resolved).toMatchObject({ target: "isis", by: "article" });
  });

  it("stays unresolved when the article names two", () => {
    const body = "أعلنت القيادة الأمريكية تنفيذ غارة على مواقع تنظيم داعش بالتنسيق مع حكومة الوفاق.\nوأفاد البيان بمقتل ستة مسلحين.";
    expect(label(body, "مسلحين", "2019-09-20").resolved).toMatchObject({ target: null });
  });
});

describe("a word naming an earlier place («المدينة»)", () => {
  it("reads the place the sentences before named, when its own sentence names none", () => {
    const body = "عثرت فرق البحث على جثث جديدة في ترهونة.\nوطالبت منظمات حقوقية بالتحقيق في ما جرى خلال سيطرة الجماعات المسلحة على المدينة.";
    const m = label(body, "الجماعات المسلحة", "2020-05-20");
    expect(m.resolved).toMatchObject({ target: "lna", by: "paragraph" });
    expect(evidence(body, m)).toBe("ترهونة");
    // without the word, the earlier sentence's place is not read
    const without = "عثرت فرق البحث على جثث جديدة في ترهونة.\nوطالبت منظمات حقوقية بالتحقيق في ما جرى خلال سيطرة الجماعات المسلحة.";
    expect(label(without, "الجماعات المسلحة", "2020-05-20").resolved).toMatchObject({ target: null });
  });
});

describe("a place's adjective after the label, as its genitive (since round fifteen)", () => {
  it("«الميليشيات المصراتية» taking Sirte in December 2016: the GNA's, not ISIS's by «سرت»", () => {
    const body = "وأعلنت الميليشيات المصراتية سيطرتها على سرت بعد أشهر من القتال.";
    const m = label(body, "الميليشيات", "2016-12-10");
    expect(m.resolved).toMatchObject({ target: "gna", by: "phrase" });
    expect(evidence(body, m)).toBe("المصراتية");
  });
});
