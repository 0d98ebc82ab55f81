import { evidence, label } from "./resolution-helpers";

// Round fifteen's rules, on sentences written for these tests: the martyrs' labels (casualties as a side-switching
// label, its neutral «قتلى» left alone: `loadedOnly` in cues.json), an article's praising labels compared as their era
// has them (the GNA's martyrs and the unity government's fighters agree in 2022), and a label nested in a camp's
// phrase (ما يسمى بالجيش الوطني). Each test of a rule fails without it; the «قتلى» test checks what must stay alone.

describe("martyrs honour a camp's own dead (casualties is a label)", () => {
  it("«شهداء» with the camp's naming right after it: that camp", () => {
    const body = "وشيعت المدينة أمس خمسة من شهداء الجيش الوطني الليبي سقطوا في محور القوارشة.";
    expect(label(body, "شهداء", "2015-03-01").resolved).toMatchObject({ target: "lna" });
  });

  it("«الشهداء» in a page that praises one camp only: that camp, by the article", () => {
    const body = "وأكدت قوات حكومة الوفاق أنها طردت المعتدين من محور عين زارة.\nوقال آمر المحور إن رفاقه قدموا عشرات الشهداء دفاعا عن العاصمة.";
    expect(label(body, "الشهداء", "2019-06-01").resolved).toMatchObject({ target: "gna", by: "article" });
  });

  it("«قتلى» counts the dead of both sides: never resolved, even in a one-camp page", () => {
    const body = "وأكدت قوات حكومة الوفاق أنها طردت المعتدين من محور عين زارة.\nوأسفرت المعارك عن سقوط قتلى في صفوف الطرفين.";
    expect(label(body, "قتلى", "2019-06-01").resolved ?? null).toBeNull();
  });
});

describe("an article's praising labels compared in their era", () => {
  it("2022: martyrs of «بركان الغضب» (a GNA naming) agree with the unity government's «ثوار»", () => {
    const body =
      "نحن ثوار مدينة مصراتة نرفض دخول الأرتال المسلحة إلى العاصمة.\nونترحم على شهداء بركان الغضب الذين دافعوا عن طرابلس.\nونحيي أبطال القوات المسلحة الذين حموا الأحياء.\nونذكر بأن حفتر حاصر العاصمة عاما كاملا، وأن حفتر لم يحاسب بعد.";
    expect(label(body, "أبطال القوات المسلحة", "2022-05-20").resolved).toMatchObject({ target: "gnu", by: "article" });
  });
});

describe("a label nested in a camp's phrase is the phrase's camp (since round fifteen)", () => {
  it("«ما يسمى بالجيش الوطني»: the LNA the outlet distances itself from, not its opponent", () => {
    const body = "وما يسمى بالجيش الوطني ليس سوى خليط من كتائب قبلية ومرتزقة.";
    const m = label(body, "الجيش الوطني", "2019-06-01");
    expect(m.resolved).toMatchObject({ target: "lna", by: "phrase" });
    expect(evidence(body, m)).toBe("ما يسمى بالجيش الوطني");
  });

  it("a distanced label is no praise: the article's other praising labels are not drawn to its camp", () => {
    const body = "ونجح الثوار في صد الهجوم عن أحياء العاصمة الجنوبية.\nوما يسمى بالجيش الوطني ليس سوى خليط من كتائب قبلية.\nوأعلنت حكومة الوفاق أن الوضع تحت السيطرة.";
    expect(label(body, "الثوار", "2019-06-01").resolved).toMatchObject({ target: "gna", by: "article" });
  });
});
