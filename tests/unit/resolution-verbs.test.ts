import { evidence, label } from "./resolution-helpers";
import { DEFAULT_RESOLUTION_CUES } from "../../lib/resolution/default-cues";
import { parseDefaultResolutionCues } from "../../lib/resolution/schema";

// A verb of attack, defence or accusation sets a label against the camp on its other side: sentences written for these tests.

describe("the bundled resolution cues", () => {
  it("are what the schema reads from cues.json: the engine takes them without zod, so this is where the file is checked", () => {
    expect(DEFAULT_RESOLUTION_CUES).toStrictEqual(parseDefaultResolutionCues());
  });
});

describe("labels set against a camp by a verb of attack, defence or accusation", () => {
  it("verb–subject–object: the army shelled by the GNA's forces is the LNA, not the camp the sentence names neutrally", () => {
    const body = "قصفت قوات الوفاق مواقع الجيش الليبي جنوب طرابلس.";
    const m = label(body, "الجيش الليبي");
    expect(m.resolved).toMatchObject({ target: "lna", by: "sentence" });
    expect(evidence(body, m)).toBe("قصفت قوات الوفاق");
  });

  it("subject–verb–object: the same with the subject first", () => {
    const body = "وكانت قوات الوفاق تقصف مواقع الجيش الليبي قرب غريان طوال الليل.";
    expect(label(body, "الجيش الليبي").resolved).toMatchObject({ target: "lna", by: "sentence" });
  });

  it("an accused label is the accuser's opponent, the one the article names among several", () => {
    const body = "وصل باشاغا إلى مشارف العاصمة.\nواتهمت حكومة الوحدة الوطنية الميليشيات بمحاولة اقتحام المقار الحكومية.";
    const m = label(body, "الميليشيات", "2022-05-17");
    expect(m.resolved).toMatchObject({ target: "gns", by: "sentence" });
    expect(evidence(body, m)).toBe("اتهمت حكومة الوحدة الوطنية");
  });

  it("a neutral label, which framing leaves alone, is resolved by the verb", () => {
    const body = "وأكد المتحدث أن الجيش الوطني الليبي مستعد للتصدي لأي هجوم تشنه الجماعات المسلحة على سرت.\nوتطالب حكومة الوفاق بانسحاب المرتزقة.";
    expect(label(body, "الجماعات المسلحة", "2020-07-20").resolved).toMatchObject({ target: "gna", by: "sentence" });
  });

  it("«في وجه» sets the label against the camp before it: the army stands in the face of the militias, the GNA's in 2019, not the holder of the town the sentence names", () => {
    const body = "ورفضت حكومة الوفاق مبادرة الأعيان.\nوقال أحد الأعيان في لقاء قبلي بترهونة إن الجيش الوطني الليبي يقف سدا منيعا في وجه الميليشيات.";
    expect(label(body, "الميليشيات", "2019-06-01").resolved).toMatchObject({ target: "gna", by: "sentence" });
  });

  it("fighting alongside a camp («إلى جانب», «في صفوف») joins it instead of opposing it", () => {
    const body = "تقدمت قوات حفتر نحو العاصمة.\nوتقاتل الجماعات المسلحة إلى جانب قوات الوفاق في محور عين زارة.";
    expect(label(body, "الجماعات المسلحة", "2019-05-01").resolved).toMatchObject({ target: "gna", by: "sentence" });
    const against = "تقدمت قوات حفتر نحو العاصمة.\nوتهاجم الجماعات المسلحة منذ أسابيع مواقع قوات الوفاق في محور عين زارة.";
    expect(label(against, "الجماعات المسلحة", "2019-05-01").resolved).toMatchObject({ target: "lna", by: "sentence" });
  });

  it("a camp outside the article's era is nobody's opponent: in 2014 Haftar's forces fight the Shura council, not the GNA", () => {
    const body = "وتقصف قوات حفتر مواقع الجماعات المسلحة في بنغازي.\nودعت حكومة الوفاق ومجلس شورى ثوار بنغازي إلى هدنة.";
    expect(label(body, "الجماعات المسلحة", "2014-10-20").resolved).toMatchObject({ target: "shura-councils", by: "sentence" });
    // in 2019 both are of the era and both named: the verb cannot tell, and a neutral label stays unresolved
    expect(label(body, "الجماعات المسلحة", "2019-05-01").resolved).toMatchObject({ target: null });
  });
});
