import { evidence, label } from "./resolution-helpers";

// Round thirteen's rules, on sentences written for these tests: a speaker named by name only, a speaker's words going
// on in the next sentence, a camp described as the label, a label followed by its place, and the south for terror
// labels. Each of the first tests fails on round twelve's code; the others check what the rules must leave alone.

describe("a speaker named by name only (speakers in cues.json)", () => {
  it("«وقال اللواء أحمد المسماري إن وحدات الجيش…»: the LNA's spokesman, so the LNA's army", () => {
    const body = "وقال اللواء أحمد المسماري إن وحدات الجيش تقدمت نحو المطار.";
    const m = label(body, "الجيش", "2019-05-01");
    expect(m.resolved).toMatchObject({ target: "lna", by: "sentence" });
    expect(evidence(body, m)).toBe("قال اللواء أحمد المسماري");
  });

  it("the Burkan al-Ghadab spokesman speaks for the GNA, and for the unity government after March 2021", () => {
    const body = "وقال محمد قنونو إن القوات الحكومية استعادت السيطرة على المعسكر.";
    expect(label(body, "القوات الحكومية", "2019-06-01").resolved).toMatchObject({ target: "gna", by: "sentence" });
    expect(label(body, "القوات الحكومية", "2022-06-01").resolved).toMatchObject({ target: "gnu", by: "sentence" });
  });

  it("a name quoted after the complementizer is not the speaker: the first between the verb and it is", () => {
    const body = "وقال المتحدث باسم عملية بركان الغضب إن المسماري يكذب وإن الجيش الليبي يسيطر على المحاور.";
    expect(label(body, "الجيش الليبي", "2019-06-01").resolved).toMatchObject({ target: "gna", by: "sentence" });
  });

  it("a damning label in a named speaker's words is not his opponent's by the speaker", () => {
    const body = "وقال محمد قنونو إن الميليشيات انسحبت من المعسكر.";
    expect(label(body, "الميليشيات", "2019-06-01").resolved?.evidence ? evidence(body, label(body, "الميليشيات", "2019-06-01")) : null).not.toBe("قال محمد قنونو");
  });
});

describe("a speaker's words going on in the next sentence (وأضاف أن…)", () => {
  it("a sentence opening with «وأضاف أن» is the previous speaker's: the unity government's army", () => {
    const body = "أكد رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة أن الميليشيات لن تحكم العاصمة.\nوأضاف أن الجيش وحده من يحق له حمل السلاح.";
    const m = label(body, "الجيش", "2025-05-20");
    expect(m.resolved).toMatchObject({ target: "gnu", by: "paragraph" });
    expect(evidence(body, m)).toBe("أكد رئيس حكومة الوحدة الوطنية");
  });

  it("through an adjunct and a sentence that goes on itself (وقال في كلمة متلفزة إن…)", () => {
    const body = "أكد رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة أن المعركة انتهت.\nوقال في كلمة متلفزة إن الأمن عاد.\nوأضاف أن الجيش وحده من يحق له حمل السلاح.";
    expect(label(body, "الجيش", "2025-05-20").resolved).toMatchObject({ target: "gnu", by: "paragraph" });
  });

  it("a new speaker who names no camp (وقال مصدر عسكري إن…) does not go on with the previous one", () => {
    const body = "أكد رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة أن المعركة انتهت.\nوقال مصدر عسكري إن الجيش وحده من يحق له حمل السلاح.";
    expect(label(body, "الجيش", "2025-05-20").resolved).not.toMatchObject({ by: "paragraph" });
  });
});

describe("a camp described as the label (describedAs in cues.json)", () => {
  it("«ووصف المسماري حكومة الوفاق بأنها حكومة الميليشيات»: the GNA, though named neutrally", () => {
    const body = "ووصف المسماري حكومة الوفاق بأنها حكومة الميليشيات.";
    const m = label(body, "الميليشيات", "2019-02-01");
    expect(m.resolved).toMatchObject({ target: "gna", by: "sentence" });
    expect(evidence(body, m)).toBe("حكومة الوفاق بأنها");
  });

  it("with the camp not right before the predication, it does not decide", () => {
    const body = "ووصف المسماري حكومة الوفاق في بيانه الأخير أمس بأنها حكومة الميليشيات.";
    const m = label(body, "الميليشيات", "2019-02-01");
    expect(m.resolved?.evidence ? evidence(body, m) : null).not.toBe("حكومة الوفاق بأنها");
  });
});

describe("a label followed by its place (ثوار مصراتة)", () => {
  it("«ثوار مدينة مصراتة» in 2022: the unity government's, a praising label too", () => {
    const body = "نحن ثوار مدينة مصراتة نرفض دخول الرتل إلى العاصمة.";
    const m = label(body, "ثوار", "2022-05-17");
    expect(m.resolved).toMatchObject({ target: "gnu", by: "phrase" });
    expect(evidence(body, m)).toBe("مصراتة");
  });

  it("a praising label with a preposition before the place is not read from it (the LNA's army fought in Tripoli's suburbs)", () => {
    const body = "وتقدم الجيش الليبي في طرابلس نحو المطار.";
    expect(label(body, "الجيش الليبي", "2019-06-01").resolved).not.toMatchObject({ by: "phrase" });
  });
});

describe("the south among Fezzan's places, for terror labels only", () => {
  it("«ملاذا للجماعات الإرهابية» in the south in 2019: ISIS", () => {
    const body = "وأكد المسماري أن الجيش لن يسمح بأن يكون الجنوب ملاذا للجماعات الإرهابية.";
    const m = label(body, "لجماعات الإرهابية", "2019-01-28");
    expect(m.resolved).toMatchObject({ target: "isis" });
    expect(evidence(body, m)).toBe("الجنوب");
  });

  it("an armed-groups label in the south is not read from it", () => {
    const body = "وانتشرت الميليشيات في الجنوب منذ سنوات.";
    expect(label(body, "الميليشيات", "2019-01-28").resolved).not.toMatchObject({ target: "isis" });
  });
});

describe("a strongly praising label the article leaves open takes the camp its other praising labels are resolved to", () => {
  it("a Misrata statement of 2022: «أبطال القوات المسلحة» are the unity government's, like its «ثوار مصراتة», not Haftar's", () => {
    const body = "نحن ثوار مصراتة نرفض دخول الرتل إلى العاصمة.\nونحيي أبطال القوات المسلحة الذين أجبروا الرتل على الانسحاب.\nوحذر البيان حفتر من أي مغامرة جديدة.";
    expect(label(body, "أبطال القوات المسلحة", "2022-05-17").resolved).toMatchObject({ target: "gnu", by: "article" });
  });

  it("a mildly praising label of wire copy («القوات الليبية», +1) is not read from the others", () => {
    const body = "نحن ثوار مصراتة نرفض دخول الرتل إلى العاصمة.\nوتقدمت القوات الليبية نحو سرت.\nوحذر البيان حفتر من أي مغامرة جديدة.";
    expect(label(body, "القوات الليبية", "2022-05-17").resolved).not.toMatchObject({ target: "gnu", by: "article" });
  });
});

describe("a damning label in a named speaker's words is his camp's opponent (since round fifteen)", () => {
  it("2025: the unity government's head on «الميليشيات», in an article naming Radaa: Radaa", () => {
    const body = "تجددت الاشتباكات ليلا بين قوات وزارة الدفاع وجهاز الردع قرب مطار معيتيقة.\nوقال رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة إن زمن الميليشيات انتهى.";
    const m = label(body, "الميليشيات", "2025-05-20");
    expect(m.resolved).toMatchObject({ target: "radaa", by: "sentence" });
    expect(evidence(body, m)).toBe("قال رئيس حكومة الوحدة الوطنية");
  });

  it("through «وأضاف أن…»: the LNA's command on the other side's «الميليشيات» in 2021 is the unity government", () => {
    const body = "قالت القيادة العامة للجيش الوطني الليبي إن الطريق الساحلي لن يفتح قبل إخراج المرتزقة.\nوأضاف أن الطرف الآخر لم يفكك بعد الميليشيات المنتشرة في مدن الغرب.\nوردت حكومة الوحدة الوطنية بأن الطريق مفتوح من جهتها.";
    const m = label(body, "الميليشيات", "2021-07-01");
    expect(m.resolved).toMatchObject({ target: "gnu", by: "paragraph" });
  });

  it("with several opponents and the article naming none of them, the speaker does not decide", () => {
    const body = "وقال الدبيبة إن زمن المارقين انتهى.";
    expect(label(body, "المارقين", "2025-05-20").resolved?.target ?? null).toBeNull();
  });
});
