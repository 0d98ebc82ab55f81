import { analyzeText, type Match } from "../../lib/analysis/analyze-text";
import { Tally } from "../../lib/analysis/tally";
import { bundledEngine } from "../helpers";
import { DEFAULT_CONSTRUCTIONS } from "../../lib/constructions/default-grammar";
import { parseDefaultConstructions } from "../../lib/constructions/schema";

/** Layered matches, constructions, resolution and distancing on sentences written for these tests. */
const run = (body: string) => analyzeText(bundledEngine(), body).matches;
const at = (body: string, matches: readonly Match[], text: string) => {
  const m = matches.find((x) => body.slice(x.start, x.end) === text);
  if (!m) throw new Error(`no match "${text}" in ${JSON.stringify(matches.map((x) => x.text))}`);
  return m;
};
const childrenOf = (matches: readonly Match[], m: Match) => matches.filter((x) => x.parent === matches.indexOf(m));

describe("the bundled construction grammar", () => {
  it("is what the schema reads from constructions.json: the engine takes it without zod, so this is where the file is checked", () => {
    const checked = parseDefaultConstructions();
    expect(DEFAULT_CONSTRUCTIONS).toStrictEqual(checked);
    expect(JSON.stringify(DEFAULT_CONSTRUCTIONS)).toBe(JSON.stringify(checked));
  });
});

describe("layered matches", () => {
  const body = "وتلاحق القوات فلول تنظيم داعش في الجنوب، فيما تنشط بقايا تنظيم الدولة قرب سبها.";
  const matches = run(body);

  it("keeps the composite and yields the name inside it, marked nested", () => {
    const remnants = at(body, matches, "فلول تنظيم داعش");
    expect(remnants).toMatchObject({ term: "isis-remnants", parent: null, valence: -1 });
    const [inner] = childrenOf(matches, remnants);
    expect(inner).toMatchObject({ term: "isis-daesh", text: "تنظيم داعش", parent: matches.indexOf(remnants) });
    expect(inner!.role).not.toBeNull();
    expect(childrenOf(matches, at(body, matches, "بقايا تنظيم الدولة"))[0]).toMatchObject({ term: "isis-tanzim-al-dawla" });
  });

  it("counts every name in naming shares once and each phrase once in stance", () => {
    const [isis] = new Tally(bundledEngine().lexicon).add({ words: 14, matches }).scores().filter((t) => t.target === "isis");
    expect(isis!.mentions).toBe(2);
    expect(isis!.stance.n).toBe(2);
    expect(isis!.naming.map((n) => n.term).sort()).toEqual(["isis-daesh", "isis-tanzim-al-dawla"]);
  });

  it("does not split a name into smaller names of the same target", () => {
    const b = "أعلن تنظيم الدولة الإسلامية مسؤوليته، وقال المشير خليفة حفتر إن قواته جاهزة.";
    const ms = run(b);
    expect(childrenOf(ms, at(b, ms, "تنظيم الدولة الإسلامية"))).toEqual([]);
    expect(childrenOf(ms, at(b, ms, "المشير خليفة حفتر"))).toEqual([]);
  });

  it("yields an operation's name inside its own entry's force form, after the force noun only (قوات فجر ليبيا, not عملية فجر ليبيا)", () => {
    const b = "وسيطرت قوات فجر ليبيا على المطار بعد تقدم قوات بركان الغضب، وأعلنت عملية فجر ليبيا النصر.";
    const ms = run(b);
    expect(childrenOf(ms, at(b, ms, "قوات فجر ليبيا"))).toMatchObject([{ text: "فجر ليبيا", target: "libya-dawn" }]);
    expect(childrenOf(ms, at(b, ms, "قوات بركان الغضب"))).toMatchObject([{ text: "بركان الغضب", target: "gna" }]);
    expect(childrenOf(ms, at(b, ms, "عملية فجر ليبيا"))).toEqual([]);
  });

  it("does not take a name at the head of another target's phrase for a mention (القائد العام of AFRICOM)", () => {
    const b = "التقى القائد العام لأفريكوم بوفد ليبي.";
    const ms = run(b);
    expect(ms.filter((m) => m.target === "haftar")).toEqual([]);
  });
});

describe("forces named by their leader or camp", () => {
  it("قوات + a delegitimizing naming of Haftar → the LNA, valence composed, both parts recorded", () => {
    const b = "وتقدمت قوات اللواء المتقاعد خليفة حفتر نحو المطار.";
    const ms = run(b);
    const force = at(b, ms, "قوات اللواء المتقاعد خليفة حفتر");
    expect(force).toMatchObject({ target: "lna", term: "force-forces-lna", valence: -2, category: "personalizing" });
    expect(force.construction).toMatchObject({ kind: "force", id: "forces", noun: { text: "قوات" }, linker: null, composed_valence: -2 });
    expect(ms[force.construction!.named]).toMatchObject({ term: "haftar-retired-major-general", role: "leader", parent: ms.indexOf(force) });
  });

  it("militias + a legitimizing title: the noun and the name pull apart (−2 −1 +2 = −1)", () => {
    const b = "قصفت ميليشيات المشير خليفة حفتر أحياء العاصمة.";
    const force = at(b, run(b), "ميليشيات المشير خليفة حفتر");
    expect(force).toMatchObject({ target: "lna", valence: -1, category: "pejorative" });
  });

  it("works for every leader and camp: Sarraj, Aguila Saleh, the GNA, ISIS", () => {
    const cases: [string, string, string][] = [
      ["تقدمت القوات الموالية لفائز السراج نحو المطار.", "القوات الموالية لفائز السراج", "gna"],
      ["انتشرت وحدات تابعة لعقيلة صالح في المدينة.", "وحدات تابعة لعقيلة صالح", "lna"],
      ["صد مسلحو حكومة الوفاق هجوما ليليا.", "مسلحو حكومة الوفاق", "gna"],
      ["قتل ثلاثة من عناصر تنظيم الدولة في غارة.", "عناصر تنظيم الدولة", "isis"],
      ["وصلت القوات التي يقودها السراج إلى الميناء.", "القوات التي يقودها السراج", "gna"],
    ];
    for (const [b, text, camp] of cases) {
      const m = at(b, run(b), text);
      expect({ text, target: m.target, kind: m.construction?.kind }).toEqual({ text, target: camp, kind: "force" });
    }
  });

  it("a force backed by a foreign state belongs to the state's client", () => {
    const b = "تقدمت القوات المدعومة من الإمارات نحو غريان.";
    expect(at(b, run(b), "القوات المدعومة من الإمارات")).toMatchObject({ target: "lna", construction: { linker: { id: "backed-by" } } });
  });

  it("no false hits: a force noun before a word that names no one", () => {
    for (const b of ["انتشرت قوات الأمن في الشوارع.", "تحمي قوات حماية المنشآت النفطية الموانئ.", "عناصر القوة في الخطة واضحة."]) {
      expect(run(b).filter((m) => m.construction)).toEqual([]);
    }
  });
});

describe("side-switching labels resolved, with evidence", () => {
  it("by phrase: a linker and a naming right after the label", () => {
    const b = "الجيش الليبي بقيادة المشير خليفة حفتر يتقدم نحو سرت.";
    const m = at(b, run(b), "الجيش الليبي");
    expect(m.resolved).toMatchObject({ target: "lna", by: "phrase" });
    expect(b.slice(m.resolved!.evidence!.start, m.resolved!.evidence!.end)).toBe("بقيادة المشير خليفة حفتر");
    const g = "قالت القوات الحكومية التابعة لحكومة الوفاق إنها صدت الهجوم.";
    expect(at(g, run(g), "القوات الحكومية").resolved).toMatchObject({ target: "gna", by: "phrase" });
  });

  it("by sentence: a praising label goes to the side the sentence does not damn", () => {
    // no verb of attack here (those come first: tests/unit/resolution-verbs.test.ts), so the framing decides
    const b = "تقدم الجيش الليبي نحو مواقع ميليشيات الوفاق جنوب العاصمة.";
    const m = at(b, run(b), "الجيش الليبي");
    expect(m.resolved).toMatchObject({ target: "lna", by: "sentence" });
    expect(b.slice(m.resolved!.evidence!.start, m.resolved!.evidence!.end)).toBe("ميليشيات الوفاق");
  });

  it("by paragraph, then by the article's own usage", () => {
    const b = "أعلنت حكومة الوفاق الوطني خطة أمنية جديدة. وقالت القوات الحكومية إنها أمنت الطريق.\n\nوفي الجنوب انتشرت القوات الحكومية قرب الحقول.";
    const ms = run(b);
    const [first, second] = ms.filter((m) => m.term === "army-government-forces");
    expect(first!.resolved).toMatchObject({ target: "gna", by: "paragraph" });
    expect(second!.resolved).toMatchObject({ target: "gna", by: "article" });
  });

  it("an opponent inferred in the sentence yields to the camp the article damns, unless the sentence praises that camp", () => {
    // gold passages lna-derna-operation and gna-putschist-editorial: a terror label after a praised Haftar
    // «بالقضاء على», not «بملاحقة» as in the gold passage: a verb of attack would resolve it first, by sentence
    const isis = "فرت فلول داعش من درنة بعد معارك طويلة.\n\nوتعهد المشير حفتر بالقضاء على التكفيريين في كل شبر من ليبيا.";
    expect(at(isis, run(isis), "التكفيريين").resolved).toMatchObject({ target: "isis", by: "article" });
    // the article damns the LNA, but the label's own sentence praises it: the inferred opponent stands
    const gna = "يراهن الجنرال الانقلابي على المرتزقة.\n\nويقدم إعلامه الهجوم على أنه تحرير طرابلس من الإرهابيين.";
    expect(at(gna, run(gna), "الإرهابيين").resolved).toMatchObject({ target: "gna", by: "sentence" });
  });

  it("mercenaries in an article about Wagner are Russia's", () => {
    const b = "انتشر قناصة من مرتزقة فاغنر في محور صلاح الدين.\n\nوتنفي موسكو أي صلة لها بهؤلاء المرتزقة.";
    expect(at(b, run(b), "المرتزقة").resolved).toMatchObject({ target: "russia", by: "article" });
  });

  it("unresolved when nothing tells, and the switch leaves labels with their generic target", () => {
    const b = "قالت القوات الحكومية إنها أمنت الطريق الساحلي.";
    const ms = run(b);
    expect(at(b, ms, "القوات الحكومية").resolved).toEqual({ target: null, by: null, evidence: null });
    const r = "الجيش الليبي بقيادة المشير خليفة حفتر يتقدم.";
    const matches = run(r);
    const on = new Tally(bundledEngine().lexicon).add({ words: 7, matches }).scores();
    const off = new Tally(bundledEngine().lexicon, { voice: "all", resolved: false }).add({ words: 7, matches }).scores();
    expect(on.find((t) => t.target === "lna")?.mentions).toBe(1);
    expect(on.find((t) => t.target === "army-label")).toBeUndefined();
    expect(off.find((t) => t.target === "army-label")?.mentions).toBe(1);
    expect(off.find((t) => t.target === "lna")).toBeUndefined();
  });

  it("only labels get resolved; other matches carry null", () => {
    const b = "التقى السراج بوفد أمريكي.";
    expect(run(b).every((m) => m.resolved === null)).toBe(true);
  });
});

describe("distancing as a construction", () => {
  it("finds the cue around any target's naming, with negative valence toward it", () => {
    const cases: [string, string, string][] = [
      ["وأعلن ما يسمى بالمجلس الرئاسي قرارا جديدا.", "ما يسمى بالمجلس الرئاسي", "gna"],
      ["قال المدعو خليفة حفتر إن قواته ستدخل طرابلس.", "المدعو خليفة حفتر", "haftar"],
      ["وزعمت حكومة الوفاق المزعومة أنها انتصرت.", "حكومة الوفاق المزعومة", "gna"],
      ["هاجمت القوات التي تطلق على نفسها الجيش الوطني الليبي مدينة درنة.", "التي تطلق على نفسها الجيش الوطني الليبي", "lna"],
      ["وتحدث ما يعرف بعقيلة صالح عن الانتخابات.", "ما يعرف بعقيلة صالح", "hor"],
    ];
    for (const [b, text, target] of cases) {
      const ms = run(b);
      const m = at(b, ms, text);
      expect(m).toMatchObject({ target, category: "distancing" });
      expect(m.valence).toBeLessThan(0);
      expect(m.construction?.kind).toBe("distancing");
      expect(ms[m.construction!.named]!.parent).toBe(ms.indexOf(m));
    }
  });

  it("scare quotes around a legitimizing naming are distancing; around a neutral name they are not", () => {
    const b = "أعلنت “الحكومة الشرعية” فوزها، وقالت 'أفريكوم' إنها تتابع الوضع.";
    const ms = run(b);
    expect(at(b, ms, "الحكومة الشرعية")).toMatchObject({ target: "gna", valence: -1, scare_quoted: true, construction: { kind: "distancing", id: "scare-quotes" } });
    expect(at(b, ms, "أفريكوم").construction).toBeNull();
  });

  it("yields the side-switching label a distancing phrase of the lexicon names (ما يسمى بالجيش الوطني), not a label elsewhere in it", () => {
    const b = "وما يسمى بالجيش الوطني ليس سوى خليط من كتائب قبلية.";
    const ms = run(b);
    const distanced = at(b, ms, "ما يسمى بالجيش الوطني");
    expect(distanced).toMatchObject({ target: "lna", category: "distancing" });
    expect(childrenOf(ms, distanced)).toMatchObject([{ text: "الجيش الوطني", target: "army-label" }]);
    const plain = "وما يسمى بحكومة الوفاق لا يمثل الليبيين.";
    const gna = run(plain);
    expect(gna.filter((m) => m.target === "army-label")).toEqual([]);
  });

  it("look-alikes: ما يسمى before a word that names no one is nothing", () => {
    expect(run("وهذا ما يسمى في اللغة جمع التكسير.")).toEqual([]);
    expect(run("استقبل المدعوون الضيوف في القاعة.")).toEqual([]);
  });
});

describe("a text longer than the token arrays analyses share", () => {
  it("is analysed as the same paragraph is alone, every match in its place", () => {
    const paragraph = "وقالت حكومة الوفاق إن ما يسمى بالجيش الوطني الليبي بقيادة حفتر قصف فلول تنظيم داعش قرب سبها.\n";
    const repeats = Math.ceil((1 << 20) / paragraph.length) + 1;
    const long = paragraph.repeat(repeats);
    const one = run(paragraph);
    const all = run(long);
    expect(one.length).toBeGreaterThan(2);
    expect(all).toHaveLength(one.length * repeats);
    const last = all.slice(-one.length);
    const shift = paragraph.length * (repeats - 1);
    expect(last.map((m) => [m.term, m.start - shift, m.end - shift, m.voice, m.resolved?.target ?? null])).toEqual(one.map((m) => [m.term, m.start, m.end, m.voice, m.resolved?.target ?? null]));
  });
});
