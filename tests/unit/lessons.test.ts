import fs from "node:fs";
import path from "node:path";
import { analyzeArticle } from "../../lib/analysis/corpus";
import { parseLesson } from "../../lib/lessons/check";
import { guessPassages } from "../../lib/lessons/guess";
import { lessonMaterial } from "../../lib/lessons/material";
import { scoreSpotting, spottingCsv } from "../../lib/lessons/spot";
import { worksheetHtml } from "../../lib/lessons/worksheet";
import { ValidationError } from "../../lib/lexicon/problems";
import { bundledEngine, ROOT, seed } from "../helpers";

const engine = bundledEngine();
const ids = ["000", "001", "002", "003", "004"].map((p) => seed(p));
const byId = new Map(ids.map((a) => [a.id, analyzeArticle(engine, a)]));
const context = { engine, articleIds: new Set(byId.keys()) };
const lessonFile = (name: string) => fs.readFileSync(path.join(ROOT, "lessons", name), "utf8");

describe("lessons as data", () => {
  it("accepts both shipped lessons", () => {
    for (const f of fs.readdirSync(path.join(ROOT, "lessons"))) expect(() => parseLesson(lessonFile(f), f, context)).not.toThrow();
    expect(fs.readdirSync(path.join(ROOT, "lessons")).length).toBeGreaterThanOrEqual(2);
  });

  it("names each problem of a broken lesson", () => {
    const broken = lessonFile("haftar-names.yaml")
      .replace("articles: [000-middle-east-online", "articles: [999-nowhere")
      .replace("targets: [haftar,", "targets: [hafter,")
      .replace("answer: 1", "answer: 7");
    let problems: string[] = [];
    try {
      parseLesson(broken, "broken.yaml", context);
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      problems = (error as ValidationError).problems.map((p) => `${p.where}: ${p.message}`);
    }
    expect(problems.join("\n")).toMatch(/answer 7 is not one of the 3 choices/);
    const fixedChoice = broken.replace("answer: 7", "answer: 1");
    try {
      parseLesson(fixedChoice, "broken.yaml", context);
      throw new Error("accepted");
    } catch (error) {
      const text = (error as ValidationError).problems.map((p) => `${p.where}: ${p.message}`).join("\n");
      expect(text).toContain('articles.0: article "999-nowhere" is not in the corpus');
      expect(text).toContain('targets.0: target "hafter" is not in the lexicon');
    }
  });
});

describe("spot the framing", () => {
  const aj = byId.get("004-aljazeera")!;
  const body = aj.article.body;
  const pickOf = (phrase: string, target?: string) => {
    const start = body.indexOf(phrase);
    return { start, end: start + phrase.length, target };
  };

  it("scores found, missed and extra words against the lexicon's matches", () => {
    const picks = [pickOf("المتقاعد", "haftar"), pickOf("عدوان", "lna"), pickOf("الحكومة", "gna")];
    const result = scoreSpotting(aj.analysis.matches, picks, ["haftar", "lna", "tripoli-offensive"]);
    expect(result.found.map((f) => [f.match.text, f.targetRight])).toEqual([
      ["اللواء المتقاعد خليفة حفتر", true],
      ["عدوان", false],
    ]);
    expect(result.extra).toHaveLength(1);
    expect(result.missed.map((m) => m.text)).toContain("قوات حفتر");
    expect(result.recall).toBeCloseTo(2 / (2 + result.missed.length));
    expect(spottingCsv("004-aljazeera", result, body).split("\n")[0]).toBe("article,outcome,text,term,target,student_target");
  });

  it("takes a neutral name (هجوم حفتر) for neither a find nor a mistake", () => {
    const result = scoreSpotting(aj.analysis.matches, [pickOf("هجوم حفتر", "tripoli-offensive")], ["tripoli-offensive"]);
    expect(result.neutral.map((n) => n.match.text)).toEqual(["هجوم حفتر"]);
    expect(result.found).toEqual([]);
    expect(result.extra).toEqual([]);
    expect(result.missed.every((m) => m.valence !== 0)).toBe(true);
  });
});

describe("guess the outlet", () => {
  it("offers passages that carry loaded terms, with the words that give them away", () => {
    const passages = guessPassages([byId.get("004-aljazeera")!, byId.get("000-middle-east-online")!], ["haftar", "lna", "tripoli-offensive"]);
    expect(passages.length).toBeGreaterThanOrEqual(2);
    for (const p of passages) {
      expect(p.clues.length).toBeGreaterThan(0);
      // `start` places the passage in its article (a class session's answers name it so)
      expect(byId.get(p.article)!.article.body.slice(p.start, p.start + p.text.length)).toBe(p.text);
      for (const c of p.clues) expect(p.text.slice(c.start, c.end)).toBe(c.text);
    }
    // a naming nested in a force construction is given away by the whole phrase (قوات اللواء المتقاعد خليفة حفتر)
    expect(passages.some((p) => p.outlet === "الجزيرة نت" && p.clues.some((c) => c.text.includes("اللواء المتقاعد خليفة حفتر")))).toBe(true);
  });
});

describe("worksheet and answer key", () => {
  const lesson = parseLesson(lessonFile("haftar-names.yaml"), "haftar-names.yaml", context);
  const material = lessonMaterial({ engine, byId }, lesson);

  it("prints articles, questions and glossary, and the key marks the terms and gives the answers", () => {
    const sheet = worksheetHtml({ lesson, articles: material.articles, glossary: material.glossary, targets: material.targets, answers: false });
    const key = worksheetHtml({ lesson, articles: material.articles, glossary: material.glossary, targets: material.targets, answers: true });
    expect(sheet).toContain("Worksheet");
    expect(sheet).not.toContain("<mark");
    expect(sheet).toContain(lesson.questions[0]!.text);
    expect(key).toContain("Answer key");
    expect(key).toMatch(/<mark class="v-1" title="haftar-retired-major-general">اللواء المتقاعد خليفة حفتر/);
    expect(key).toContain("a delegitimizing label");
    expect(material.glossary.map((g) => g.term)).toEqual(expect.arrayContaining(["haftar-field-marshal", "haftar-retired-major-general"]));
  });

  it("asks students about target labels, never internal ids, and isolates dates beside Arabic outlet names", () => {
    const sheet = worksheetHtml({ lesson, articles: material.articles, glossary: material.glossary, targets: material.targets, answers: false });
    const ask = /Underline every word or phrase that names or labels: ([^<]*(?:<[^>]+>[^<]*)*?)\. Write above it/.exec(sheet)?.[1] ?? "";
    expect(ask).toContain(engine.lexicon.targets.get("haftar")!.label);
    expect(ask).toContain(engine.lexicon.targets.get("haftar")!.label_ar);
    expect(ask).not.toMatch(/\bhaftar, lna\b|tripoli-offensive/);
    for (const a of material.articles) if (a.date) expect(sheet).toContain(`<bdi dir="ltr">${a.date}</bdi>`);
  });
});
