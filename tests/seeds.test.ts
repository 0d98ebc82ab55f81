import { analyzeText, type Match } from "../lib/analysis/analyze-text";
import { bundledEngine, seed } from "./helpers";

/** The seeds are the ground truth: these are the findings the issue names, on the seeds' own sentences. */
const run = (prefix: string) => {
  const article = seed(prefix);
  return { body: article.body, matches: analyzeText(bundledEngine(), article.body).matches };
};
const inside = (body: string, matches: readonly Match[], phrase: string) => {
  const at = body.indexOf(phrase);
  expect(at).toBeGreaterThanOrEqual(0);
  return matches.filter((m) => m.start < at + phrase.length && m.end > at);
};

describe("Middle East Online (000)", () => {
  const { body, matches } = run("000");

  it("finds المشير inside بالمشير خليفة حفتر, toward Haftar, positive", () => {
    const [m, ...rest] = inside(body, matches, "بالمشير خليفة حفتر");
    expect(rest.filter((r) => r.target === "haftar")).toEqual([]);
    expect(m!.target).toBe("haftar");
    expect(m!.valence).toBeGreaterThan(0);
    expect(m!.text.startsWith("المشير")).toBe(true);
    expect(body.slice(m!.start, m!.end)).toBe(m!.text);
  });

  it("finds الجيش الوطني الليبي toward the LNA, positive", () => {
    const [m] = inside(body, matches, "الجيش الوطني الليبي");
    expect(m).toMatchObject({ text: "الجيش الوطني الليبي", target: "lna" });
    expect(m!.valence).toBeGreaterThan(0);
  });

  it("sees nothing of Haftar's forces in the GNA's army", () => {
    const there = inside(body, matches, "قوات الجيش التابعة لحكومة الوفاق الوطني");
    expect(there.filter((m) => m.target === "lna" || m.target === "haftar")).toEqual([]);
    expect(there.map((m) => m.text)).toEqual(["حكومة الوفاق الوطني"]);
  });

  it("does not take توافق for الوفاق", () => {
    expect(inside(body, matches, "لتحقيق توافق وطني")).toEqual([]);
  });
});

describe("Al Jazeera (004)", () => {
  const { body, matches } = run("004");

  it("finds اللواء المتقاعد خليفة حفتر as one match, toward Haftar, negative", () => {
    const there = inside(body, matches, "اللواء المتقاعد خليفة حفتر");
    expect(there).toHaveLength(1);
    expect(there[0]).toMatchObject({ text: "اللواء المتقاعد خليفة حفتر", target: "haftar" });
    expect(there[0]!.valence).toBeLessThan(0);
  });

  it("finds every قوات حفتر toward the LNA, negative", () => {
    const count = body.split("قوات حفتر").length - 1;
    expect(count).toBe(3);
    const found = matches.filter((m) => m.text.includes("قوات حفتر") && m.target === "lna" && m.valence < 0);
    expect(found).toHaveLength(count);
  });

  it("finds عدوان toward the Tripoli offensive, negative", () => {
    const [m] = inside(body, matches, "عدوان");
    expect(m!.target).toBe("tripoli-offensive");
    expect(m!.valence).toBeLessThan(0);
  });

  it("keeps the sentence of each match", () => {
    for (const m of matches) expect(m.sentence).toBeGreaterThanOrEqual(0);
  });
});

describe("ISIS namings are distinct terms in every seed", () => {
  const NAMES: Record<string, RegExp> = {
    daesh: /داعش/,
    "the state organization": /^تنظيم الدولة$/,
    "the Islamic State organization": /^تنظيم الدولة ال[إا]سلامية$/,
  };
  for (const prefix of ["000", "001", "002", "003", "004"]) {
    it(`in ${prefix}`, () => {
      const { matches } = run(prefix);
      const isis = matches.filter((m) => m.target === "isis" && !m.text.includes("فلول") && !m.text.includes("بقايا"));
      expect(isis.length).toBeGreaterThan(0);
      const termsByName = new Map<string, Set<string>>();
      for (const m of isis) {
        const name = Object.keys(NAMES).find((n) => NAMES[n]!.test(m.text));
        if (name) termsByName.set(name, (termsByName.get(name) ?? new Set()).add(m.term));
      }
      const terms = [...termsByName.values()].map((s) => [...s]);
      // one term per way of naming, and no two namings share a term
      for (const t of terms) expect(t).toHaveLength(1);
      expect(new Set(terms.flat()).size).toBe(terms.length);
    });
  }
});

describe("look-alikes never match", () => {
  it("not مشيرا (001) nor مشيرًا (002)", () => {
    for (const [prefix, word] of [
      ["001", "مشيرا"],
      ["002", "مشيرًا"],
    ] as const) {
      const { body, matches } = run(prefix);
      let from = 0;
      let at: number;
      while ((at = body.indexOf(word, from)) >= 0) {
        expect(matches.filter((m) => m.start < at + word.length && m.end > at)).toEqual([]);
        from = at + word.length;
      }
    }
  });

  it("scare quotes in Libya Al-Ahrar (001) mark the outlet distancing itself", () => {
    const { body, matches } = run("001");
    const [terror] = inside(body, matches, "“إرهابيا”");
    expect(terror).toMatchObject({ voice: "author", scare_quoted: true });
    const [haftar] = inside(body, matches, "“خليفة حفتر”");
    expect(haftar).toMatchObject({ target: "haftar", voice: "author", scare_quoted: true });
  });
});
