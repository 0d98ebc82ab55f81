import { analyzeText, type Match } from "../lib/analysis/analyze-text";
import { countedLayers, Tally } from "../lib/analysis/tally";
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

  it("finds الجيش الوطني الليبي toward the LNA, positive (nested in «قائد الجيش الوطني الليبي», Haftar's title)", () => {
    const found = inside(body, matches, "الجيش الوطني الليبي");
    expect(found.map((f) => [f.text, f.target])).toEqual([["قائد الجيش الوطني الليبي", "haftar"], ["الجيش الوطني الليبي", "lna"]]);
    const m = found[1];
    expect(m).toMatchObject({ text: "الجيش الوطني الليبي", target: "lna" });
    expect(m!.valence).toBeGreaterThan(0);
  });

  it("sees nothing of Haftar's forces in the GNA's army: a force construction toward the GNA", () => {
    const there = inside(body, matches, "قوات الجيش التابعة لحكومة الوفاق الوطني");
    expect(there.filter((m) => m.target === "lna" || m.target === "haftar")).toEqual([]);
    const [force, named] = there;
    expect(force).toMatchObject({ text: "قوات الجيش التابعة لحكومة الوفاق الوطني", target: "gna", construction: { kind: "force", noun: { text: "قوات الجيش" }, linker: { text: "التابعة" } } });
    expect(named).toMatchObject({ text: "حكومة الوفاق الوطني", term: "gna-name", role: "leader", parent: matches.indexOf(force!) });
  });

  it("layers ISIS inside فلول and بقايا: the composite, and the name the reader sees", () => {
    const [remnants, name] = inside(body, matches, "فلول تنظيم داعش");
    expect(remnants).toMatchObject({ term: "isis-remnants", parent: null });
    expect(name).toMatchObject({ term: "isis-daesh", text: "تنظيم داعش", parent: matches.indexOf(remnants!) });
    const [rest, daesh] = inside(body, matches, "بقايا داعش");
    expect(daesh).toMatchObject({ term: "isis-daesh", parent: matches.indexOf(rest!) });
  });

  it("resolves القوات المسلحة الليبية to the GNA, from the article's own usage, with evidence", () => {
    const [m] = inside(body, matches, "القوات المسلحة الليبية");
    expect(m).toMatchObject({ target: "army-label", resolved: { target: "gna", by: "article" } });
    expect(body.slice(m!.resolved!.evidence!.start, m!.resolved!.evidence!.end)).toMatch(/حكومة الوفاق/);
  });

  it("does not take توافق for الوفاق", () => {
    expect(inside(body, matches, "لتحقيق توافق وطني")).toEqual([]);
  });
});

describe("Al Jazeera (004)", () => {
  const { body, matches } = run("004");

  it("finds اللواء المتقاعد خليفة حفتر as one naming of Haftar, negative, inside a force construction toward the LNA", () => {
    const there = inside(body, matches, "اللواء المتقاعد خليفة حفتر");
    const haftar = there.filter((m) => m.target === "haftar");
    expect(haftar).toHaveLength(1);
    expect(haftar[0]).toMatchObject({ text: "اللواء المتقاعد خليفة حفتر", role: "leader" });
    expect(haftar[0]!.valence).toBeLessThan(0);
    const force = matches[haftar[0]!.parent!]!;
    expect(force).toMatchObject({ text: "قوات اللواء المتقاعد خليفة حفتر", target: "lna", valence: -2, construction: { kind: "force", noun: { text: "قوات" } } });
  });

  it("resolves مسلحا in مسلحا من قوات حفتر to the LNA by the phrase", () => {
    const [m] = inside(body, matches, "مسلحا من قوات حفتر");
    expect(m).toMatchObject({ target: "armed-groups", resolved: { target: "lna", by: "phrase" } });
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

describe("ISIS namings in every seed", () => {
  // its fighters named by a pronoun («لتجميع عناصره», round 12's pronoun rule) are a naming of the group too
  const NAMINGS = new Set(["isis-daesh", "isis-tanzim-al-dawla", "isis-islamic-state-organization", "isis-islamic-state", "isis-daeshi", "isis-terror-label", "force-elements-isis"]);
  for (const prefix of ["000", "001", "002", "003", "004"]) {
    it(`in ${prefix}: every ISIS mention counts toward exactly one ISIS naming, and naming shares add up to the mentions`, () => {
      const { matches } = run(prefix);
      const isis = matches.map((m, i) => [m, i] as const).filter(([m]) => m.target === "isis");
      expect(isis.length).toBeGreaterThan(0);
      const counted = countedLayers(matches, matches.map((m) => m.target), (m) => bundledEngine().lexicon.entries.get(m.term)?.naming ?? false);
      const within = (i: number, top: number) => {
        for (let k: number | null = i; k !== null; k = matches[k]!.parent) if (k === top) return true;
        return false;
      };
      for (const [, top] of isis.filter(([, i]) => counted[i]!.mention)) {
        const names = isis.filter(([, i]) => within(i, top) && counted[i]!.naming);
        expect(names).toHaveLength(1);
        expect(NAMINGS.has(names[0]![0].term)).toBe(true);
      }
      const [score] = new Tally(bundledEngine().lexicon).add({ words: 1, matches }).scores().filter((t) => t.target === "isis");
      expect(score!.naming.reduce((a, n) => a + n.count, 0)).toBe(score!.mentions);
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

  it("scare quotes in Libya Al-Ahrar (001) mark the outlet distancing itself (the seeds hold no distancing cue: see tests/unit/framing.test.ts)", () => {
    const { body, matches } = run("001");
    const [terror] = inside(body, matches, "“إرهابيا”");
    expect(terror).toMatchObject({ voice: "author", scare_quoted: true });
    const [haftar] = inside(body, matches, "“خليفة حفتر”");
    expect(haftar).toMatchObject({ target: "haftar", voice: "author", scare_quoted: true });
  });
});
