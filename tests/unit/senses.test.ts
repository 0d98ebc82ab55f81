import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { analyzeText } from "../../lib/analysis/analyze-text";
import { createEngine } from "../../lib/analysis/engine";
import { DEFAULT_CONSTRUCTIONS } from "../../lib/constructions/default-grammar";
import { loadConstructions } from "../../lib/constructions/load";
import type { Constructions } from "../../lib/constructions/schema";
import { loadLexicon } from "../../lib/lexicon/load";
import { SensesSchema } from "../../lib/constructions/schema";
import { DEFAULT_SENSES } from "../../lib/constructions/senses";
import data from "../../lib/constructions/senses.json";
import { bundledEngine, LEXICONS } from "../helpers";

/** The loaded words the engine finds in a text (sentences written for these tests, in the styles of round 11's gold set). */
const terms = (body: string) => analyzeText(bundledEngine(), body).matches.map((m) => [m.text, m.term]);

describe("the bundled other-sense contexts", () => {
  it("are what the schema reads from senses.json: the engine takes them without zod, so this is where the file is checked", () => {
    const { $comment: _comment, ...rest } = data;
    const checked = SensesSchema.parse(rest);
    expect(DEFAULT_SENSES).toStrictEqual(checked);
  });

  it("name only entries the bundled lexicon has", () => {
    const ids = new Set(bundledEngine().lexicon.entries.keys());
    expect(DEFAULT_SENSES.contexts.flatMap((c) => c.entries).filter((id) => !ids.has(id))).toEqual([]);
  });
});

describe("words in another sense by their context", () => {
  it("drops a flood's «مقابر جماعية» and «شهداء» anywhere in an article about the storm, and keeps Tarhuna's", () => {
    const flood = "ضربت العاصفة دانيال مدينة درنة. ودفنت السلطات الضحايا في مقابر جماعية، واصفة إياهم بالشهداء.";
    expect(terms(flood)).toEqual([]);
    const tarhuna = "انتشلت الفرق جثثا من مقابر جماعية في ترهونة. ونعت الحكومة الشهداء.";
    expect(terms(tarhuna).map(([, term]) => term)).toEqual(["vio-mass-graves", "cas-martyrs"]);
  });

  it("drops «سحق» and «درع ليبيا» in a match report's sentence, and keeps them in a war communiqué's", () => {
    expect(terms("سحق الأهلي ضيفه بأربعة أهداف في الدوري، وتوج الفريق بلقب درع ليبيا.")).toEqual([]);
    expect(terms("سحقت قوات درع ليبيا المهاجمين جنوب العاصمة.").map(([, term]) => term)).toContain("vio-crush");
    expect(terms("سحقت قوات درع ليبيا المهاجمين جنوب العاصمة.").map(([, term]) => term)).toContain("dawn-revolutionaries-room");
  });

  it("drops a coach's «تحرير» of his team in a match report's sentence (round fourteen), and keeps a city's liberation", () => {
    expect(terms("قال مدرب الفريق بعد المباراة إن الفوز تحرير للاعبين من ضغط الجماهير.").map(([, term]) => term)).not.toContain("lib-liberation");
    expect(terms("أعلنت القوات تحرير المدينة من قبضة المسلحين.").map(([, term]) => term)).toContain("lib-liberation");
  });

  it("drops the colonial war's «القوات الغازية» and another country's «الحكومة الشرعية», and keeps the Libyan camps'", () => {
    expect(terms("قاد عمر المختار المقاومة ضد القوات الغازية الإيطالية.")).toEqual([]);
    expect(terms("دعت الحكومة الشرعية في اليمن إلى هدنة.")).toEqual([]);
    expect(terms("طردت الحكومة الشرعية القوات الغازية من غريان.").map(([, term]) => term)).toEqual(["gna-legitimate-government", "ag-invading-forces"]);
  });
});

describe("a context's cue words, read by their word ids (round fifteen)", () => {
  it("takes a cue written with vowel marks or a conjunction, as its matching form", () => {
    expect(terms("ضربت العاصفةُ دانيال مدينة درنة. ودفنت السلطات الضحايا في مقابر جماعية.")).toEqual([]);
    expect(terms("ودفنت السلطات الضحايا في مقابر جماعية بعد أن اجتاحت فيضاناتٌ المدينة.")).toEqual([]);
  });

  it("reads each sentence of a sentence's context on its own, once for all the matches in it", () => {
    const body = "سحق الأهلي ضيفه في الدوري وسحق منافسه في الكأس. وسحقت قوات الجيش المهاجمين جنوب العاصمة.";
    const crushed = analyzeText(bundledEngine(), body).matches.filter((m) => m.term === "vio-crush");
    expect(crushed.map((m) => m.sentence)).toEqual([1]);
  });
});

describe("a capital as a place (scope word-before)", () => {
  const capitals = (body: string) => terms(body).filter(([, term]) => /-(cairo|ankara|moscow|abu-dhabi|washington|rajma)$/.test(term!));

  it("drops a capital after a preposition of place, in a meeting's name or after a verb of travel, and one joined to it", () => {
    expect(capitals("واستقبل الرئيس المصري الوفد الليبي في القاهرة، ثم توجه الوفد إلى أنقرة.")).toEqual([]);
    expect(capitals("وعقد المبعوث مؤتمرا صحفيا بالقاهرة بعد اجتماع موسكو، ثم زار أبوظبي.")).toEqual([]);
    expect(capitals("والتقى المبعوث شركاءه في القاهرة وأبوظبي، ووصل الوفد إلى الرجمة.")).toEqual([]);
  });

  it("keeps a capital that acts, takes a stance, is a party or a source of orders", () => {
    expect(capitals("وتدعم القاهرة الحل السياسي، فيما رفضت أنقرة البيان.")).toEqual([
      ["القاهرة", "egypt-cairo"],
      ["أنقرة", "turkey-ankara"],
    ]);
    expect(capitals("ووقعت الحكومة اتفاقا مع موسكو بأوامر من الرجمة، وأشادت واشنطن بالخطوة.")).toEqual([
      ["موسكو", "russia-moscow"],
      ["الرجمة", "lna-rajma"],
      ["واشنطن", "us-washington"],
    ]);
  });

  it("reads only the word right before: a clause ending on «في» does not reach past a comma, and a country stays named", () => {
    expect(capitals("وشدد على الثقة التي يضعها في، القاهرة تعرف ذلك.")).toEqual([["القاهرة", "egypt-cairo"]]);
    expect(terms("وعقد الاجتماع في مصر.").map(([, term]) => term)).toEqual(["egypt-name"]);
  });
});

describe("other senses a user's grammar brings", () => {
  const lexicon = loadLexicon(LEXICONS).lexicon;
  const chess = { id: "chess", scope: "sentence" as const, cues: ["الشطرنج"], entries: ["vio-crush"], rationale: "A chess player crushes an opponent on the board." };
  const termsWith = (senses: Constructions["senses"], body: string) =>
    analyzeText(createEngine(lexicon, undefined, { ...DEFAULT_CONSTRUCTIONS, senses }), body).matches.map((m) => m.term);
  const flood = "ضربت العاصفة دانيال مدينة درنة. ودفنت السلطات الضحايا في مقابر جماعية.";

  it("adds its contexts to the bundled ones", () => {
    expect(termsWith(undefined, "سحق اللاعب خصمه في بطولة الشطرنج.")).toEqual(["vio-crush"]);
    expect(termsWith({ bundled: true, contexts: [chess] }, "سحق اللاعب خصمه في بطولة الشطرنج.")).toEqual([]);
    expect(termsWith({ bundled: true, contexts: [chess] }, flood)).toEqual([]);
  });

  it("replaces a bundled context of the same id, and with «bundled: false» drops the bundled ones", () => {
    const sport = { ...chess, id: "sport", cues: ["الدوري"] };
    expect(termsWith({ bundled: true, contexts: [sport] }, "سحق الأهلي ضيفه في المباراة.")).toEqual(["vio-crush"]);
    expect(termsWith({ bundled: true, contexts: [sport] }, "سحق الأهلي ضيفه في الدوري.")).toEqual([]);
    expect(termsWith({ bundled: false, contexts: [chess] }, flood)).toEqual(["vio-mass-graves"]);
  });

  describe("read from a file", () => {
    let dir: string;
    beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "adasa-grammar-"))));
    afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
    const write = (name: string, data: unknown) => {
      const file = path.join(dir, name);
      fs.writeFileSync(file, typeof data === "string" ? data : JSON.stringify(data));
      return file;
    };

    it("is checked by the schema and against the lexicon, and takes effect", () => {
      const file = write("chess.json", { ...DEFAULT_CONSTRUCTIONS, senses: { contexts: [chess] } });
      const grammar = loadConstructions(file, lexicon);
      expect(grammar.senses).toEqual({ bundled: true, contexts: [chess] });
      expect(analyzeText(createEngine(lexicon, undefined, grammar), "سحق اللاعب خصمه في بطولة الشطرنج.").matches).toEqual([]);
    });

    it("refuses a broken file with its name and the problem", () => {
      const unknown = write("unknown.json", { ...DEFAULT_CONSTRUCTIONS, senses: { contexts: [{ ...chess, entries: ["vio-crush", "no-such-entry"] }] } });
      expect(() => loadConstructions(unknown, lexicon)).toThrow(`${unknown}: context "chess" (entries): no entry "no-such-entry" in the lexicon`);
      const twice = write("twice.json", { ...DEFAULT_CONSTRUCTIONS, senses: { contexts: [chess, chess] } });
      expect(() => loadConstructions(twice, lexicon)).toThrow(`${twice}: context "chess": a second context with this id`);
      const scope = write("scope.json", { ...DEFAULT_CONSTRUCTIONS, senses: { contexts: [{ ...chess, scope: "paragraph" }] } });
      expect(() => loadConstructions(scope, lexicon)).toThrow(`${scope}: context "chess" (scope): Invalid option: expected one of "sentence"|"sentence-and-previous"|"text"`);
      const broken = write("broken.json", '{"force": ');
      expect(() => loadConstructions(broken, lexicon)).toThrow(`${broken}: line 1: not valid YAML/JSON`);
      expect(() => loadConstructions(path.join(dir, "missing.json"), lexicon)).toThrow(path.join(dir, "missing.json"));
    });
  });
});
