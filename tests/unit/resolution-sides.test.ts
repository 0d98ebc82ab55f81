import { evidence, label } from "./resolution-helpers";

// Round twelve's rules, on sentences written for these tests: a camp continued after its era, a label joined to a
// camp by «في صفوف / إلى جانب», a word of support or alliance, a praising label in a speaker's words, several
// opponents told apart by a place, and the whole article's weak evidence for damning labels.

describe("a camp continued after its era (successors in cues.json: gna → gnu from March 2021)", () => {
  it("an army label may point at the unity government, which its lexicon camps (lna, gna) do not list", () => {
    const body = "وانتشرت القوات الحكومية التابعة لحكومة الوحدة الوطنية في محيط المطار.";
    expect(label(body, "القوات الحكومية", "2023-04-02").resolved).toMatchObject({ target: "gnu", by: "phrase" });
  });

  it("a label resolved to the GNA on a date after its period goes to the unity government", () => {
    // the verb makes the label the opponent of the LNA's naming: the GNA in 2019, the unity government in 2024
    const body = "وقصفت قوات حفتر مواقع القوات الحكومية جنوب العاصمة.";
    expect(label(body, "القوات الحكومية", "2019-06-01").resolved).toMatchObject({ target: "gna", by: "sentence" });
    expect(label(body, "القوات الحكومية", "2024-06-01").resolved).toMatchObject({ target: "gnu", by: "sentence" });
  });
});

describe("a label and a camp's naming joined by «في صفوف / إلى جانب»", () => {
  it("«مرتزقة سوريين في صفوف القوات الحكومية»: the mercenaries' camp, not its opponent", () => {
    const body = "ونفى الوزير وجود مرتزقة سوريين في صفوف القوات الحكومية.";
    const m = label(body, "القوات الحكومية");
    expect(m.resolved).toMatchObject({ target: "gna", by: "sentence" });
    expect(evidence(body, m)).toBe("مرتزقة سوريين في صفوف");
  });

  it("with other words between them, the joining word does not decide", () => {
    const body = "ونفى الوزير وجود مرتزقة سوريين قرب العاصمة، وقال إن القوات الحكومية في صفوف متراصة.";
    const m = label(body, "القوات الحكومية");
    expect(m.resolved?.evidence ? evidence(body, m) : null).not.toBe("مرتزقة سوريين في صفوف");
  });
});

describe("a word of support or alliance between the label and a camp", () => {
  it("«يتلقى التنظيم الإرهابي دعما من ميليشيات فجر ليبيا»: the backer's ally (the Shura councils), not the backer", () => {
    const body = "ويتلقى التنظيم الإرهابي دعما بالسلاح من ميليشيات فجر ليبيا.";
    const m = label(body, "التنظيم الإرهابي", "2015-02-10");
    expect(m.resolved).toMatchObject({ target: "shura-councils", by: "sentence" });
    expect(evidence(body, m)).toBe("دعما بالسلاح من ميليشيات فجر ليبيا");
  });

  it("a camp with no ally among the label's camps: the camp itself (the House's support for its army)", () => {
    const body = "وجدد مجلس النواب دعمه للقوات المسلحة في معركتها.";
    expect(label(body, "لقوات المسلحة", "2017-05-01").resolved).toMatchObject({ target: "lna", by: "sentence" });
  });

  it("a camp between the word and the label is supported with it: the label is on that camp's side", () => {
    const body = "وتسعى حكومة الوفاق إلى الحصول على دعم الحكومة المؤقتة والقوات المسلحة الموالية لها.";
    expect(label(body, "القوات المسلحة", "2016-05-01").resolved).toMatchObject({ target: "lna", by: "sentence" });
  });
});

describe("a praising label in a speaker's words is the speaker's side", () => {
  it("«قال المتحدث باسم قوات حفتر إن الجيش…»: the LNA, though the speaker's forces are named damningly", () => {
    const body = "وقال المتحدث باسم قوات حفتر إن الجيش لن ينسحب من مواقعه.";
    const m = label(body, "الجيش", "2019-10-01");
    expect(m.resolved).toMatchObject({ target: "lna", by: "sentence" });
    expect(evidence(body, m)).toBe("قال المتحدث باسم قوات حفتر");
  });

  it("a damning label in a speaker's words is not read as the speaker's", () => {
    const body = "وقال المتحدث باسم الجيش الوطني الليبي إن الميليشيات لن تصمد طويلا.";
    expect(label(body, "الميليشيات", "2019-10-01").resolved?.target).not.toBe("lna");
  });
});

describe("several opponents told apart by the place of the sentence", () => {
  it("«وفي بنغازي، يشن حفتر هجوما على المجموعات المسلحة» in 2014: the Shura councils, not Libya Dawn named elsewhere", () => {
    const body = "وتسيطر ميليشيات فجر ليبيا على العاصمة.\nوفي بنغازي، يشن اللواء المتقاعد خليفة حفتر منذ مايو هجوما على المجموعات الإسلامية المسلحة.";
    const m = label(body, "المجموعات الإسلامية المسلحة", "2014-10-21");
    expect(m.resolved).toMatchObject({ target: "shura-councils", by: "sentence" });
  });
});

describe("the whole article's evidence for a damning label", () => {
  it("a camp named once, neutrally, elsewhere in the article does not take a damning label (armed-groups' first camp is the LNA)", () => {
    const body = "وأشاد مجلس النواب بجهود البلدية.\nوقالت الوزارة إن العملية تستهدف عصابات تهريب الوقود.";
    expect(label(body, "عصابات تهريب", "2023-06-02").resolved?.target).not.toBe("lna");
  });
});

describe("a word of support in another clause (since round fifteen)", () => {
  it("«وقال المتحدث باسم الجيش الوطني إن … مجموعات مدعومة من أنقرة»: Ankara backs the groups, so the army is the LNA", () => {
    const body = "وقال المتحدث باسم الجيش الوطني إن الوحدات تتقدم نحو المطار وتواجه مجموعات متشددة مدعومة من أنقرة.";
    expect(label(body, "الجيش الوطني", "2019-11-01").resolved?.target ?? null).not.toBe("gna");
  });

  it("with no complementizer between, the support still reads: «الميليشيات … بدعم بحري من أنقرة» fight for the GNA", () => {
    const body = "وقاتلت الميليشيات في محور صلاح الدين بدعم بحري من أنقرة.";
    expect(label(body, "الميليشيات", "2020-01-15").resolved).toMatchObject({ target: "gna", by: "sentence" });
  });
});
