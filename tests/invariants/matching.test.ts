import fc from "fast-check";
import { normalize } from "../../lib/arabic/normalize";
import { tokenize, tokenList } from "../../lib/arabic/tokenize";
import { analyzeText } from "../../lib/analysis/analyze-text";
import { createEngine } from "../../lib/analysis/engine";
import { loadLexicon } from "../../lib/lexicon/load";
import { matchLexicon } from "../../lib/lexicon/match";
import type { Lexicon } from "../../lib/lexicon/schema";
import { LEXICONS, seed } from "../helpers";
import { referenceMatch } from "./reference-matcher";

const lexicon = loadLexicon(LEXICONS).lexicon;
const lexiconIds = new Set(lexicon.entries.map((e) => e.id));
const engine = createEngine(lexicon);
const SEEDS = ["000", "001", "002", "003", "004"].map((p) => seed(p).body);

/** Spellings a match's text may have for its form: the form, or one of Arabic's written alternations. */
function allowedSpellings(form: string): string[] {
  const words = normalize(form).split(/\s+/);
  const first = words[0]!;
  const rest = words.slice(1).join(" ");
  const join = (w: string) => (rest ? `${w} ${rest}` : w);
  const out = [join(first), join(`ال${first}`)];
  if (first.startsWith("ال")) out.push(join(first.slice(1))); // ل + ال → لل: the match starts at the article's lam
  else out.push(join(`ل${first}`)); // the same, for a form written without the article
  if (words.length === 1 && first.endsWith("ة")) out.push(`${first.slice(0, -1)}ت`); // before a suffix
  return out.flatMap((s) => [s, s.replace(/ة(?=\s|$)/g, "ه")]);
}

/** Random Arabic news-like text: lexicon words with random clitics, tricky look-alikes, and noise. */
const lexiconWords = [...new Set(lexicon.entries.flatMap((e) => e.forms.flatMap((f) => f.split(/\s+/))))];
const tricky = ["مشيرا", "مشيرًا", "توافق", "الدول", "فلولا", "الوفاقية", "قوات", "الجيش", "التابعة", "لحكومة", "اللواء", "الجنرال", "تنظيم", "الدولة"];
const word = fc.oneof(
  { weight: 5, arbitrary: fc.tuple(fc.constantFrom("", "و", "ب", "ل", "وب", "فل", "ال", "وال", "بال"), fc.constantFrom(...lexiconWords), fc.constantFrom("", "", "", "ها", "ه")).map(([p, w, s]) => p + w + s) },
  { weight: 2, arbitrary: fc.constantFrom(...tricky) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(..."ابتجحدرسعفقكلمنهوية".split("")), minLength: 2, maxLength: 6 }) },
);
const separator = fc.constantFrom(" ", " ", " ", " ", "، ", "\n", "\n\n", " «", "» ", ' "', "“", "” ");
const text = fc.array(fc.tuple(word, separator), { maxLength: 40 }).map((parts) => parts.map(([w, s]) => w + s).join(""));

describe("every match points at exactly what the reader sees", () => {
  const check = (body: string) => {
    const { matches } = analyzeText(engine, body);
    matches.forEach((m, i) => {
      expect(body.slice(m.start, m.end)).toBe(m.text);
      // a lexicon form is the words matched; a construction's words are its parts and the naming it is built on;
      // a force named by a pronoun (قواته) is the one word of a force noun, its naming earlier in the sentence
      if (lexiconIds.has(m.term)) expect(allowedSpellings(m.form)).toContain(normalize(m.text).replace(/\s+/g, " "));
      else if (m.construction === null) expect(m.term.startsWith("force-") && !/\s/.test(m.text)).toBe(true);
      expect(m.token_start).toBeLessThanOrEqual(m.start);
      expect(m.token_end).toBeGreaterThanOrEqual(m.end);
      // layers: a child lies inside its parent, which comes before it
      if (m.parent !== null) {
        expect(m.parent).toBeLessThan(i);
        const p = matches[m.parent]!;
        expect(p.token_start <= m.token_start && m.token_end <= p.token_end).toBe(true);
        expect(m.role).not.toBeNull();
      }
      if (m.construction) {
        for (const part of [m.construction.noun, m.construction.linker, m.construction.cue]) if (part) expect(body.slice(part.start, part.end)).toBe(part.text);
        let k: number | null = m.construction.named;
        while (k !== null && k !== i) k = matches[k]!.parent;
        expect(k).toBe(i); // the naming is the construction's own layer or one of its descendants
      }
      if (m.resolved?.evidence) expect(m.resolved.evidence.end).toBeGreaterThan(m.resolved.evidence.start);
    });
  };

  it("on the seeds", () => SEEDS.forEach(check));

  it("on random text built from the lexicon's words", () => {
    fc.assert(fc.property(text, (body) => check(body)), { numRuns: 300 });
  });
});

describe("the order of lexicon entries and forms never changes the result", () => {
  const shuffled = (l: Lexicon, seedValue: number): Lexicon => {
    let s = seedValue;
    const rand = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
    const shuffle = <T>(xs: readonly T[]) => xs.map((x) => [rand(), x] as const).sort((a, b) => a[0] - b[0]).map(([, x]) => x);
    return { ...l, targets: shuffle(l.targets), entries: shuffle(l.entries).map((e) => ({ ...e, forms: shuffle(e.forms) })) };
  };
  const outcome = (l: Lexicon, body: string) => JSON.stringify(analyzeText(createEngine(l), body).matches);

  it("on the seeds, for several shuffles", () => {
    for (const s of [1, 2, 3]) {
      const other = shuffled(lexicon, s);
      for (const body of SEEDS) expect(outcome(other, body)).toBe(outcome(lexicon, body));
    }
  });

  it("on random text", () => {
    const reversed = { ...lexicon, entries: [...lexicon.entries].reverse().map((e) => ({ ...e, forms: [...e.forms].reverse() })) };
    const reversedEngine = createEngine(reversed);
    fc.assert(
      fc.property(text, (body) => JSON.stringify(analyzeText(reversedEngine, body).matches) === JSON.stringify(analyzeText(engine, body).matches)),
      { numRuns: 200 },
    );
  });
});

describe("the compiled matcher agrees with a naive reference matcher", () => {
  // the longest-match layer; nested names and constructions are built on it (tests/unit/framing.test.ts)
  const viaEngine = (body: string) => matchLexicon(engine.lexicon, body, tokenList(body)).map((m) => m.form.entry.id);
  const viaReference = (body: string) => {
    const tokens = tokenize(body);
    const words = tokens.map((t, i) => {
      const next = tokens[i + 1];
      const gap = next ? body.slice(t.end, next.start) : "";
      return { norm: t.norm, joinedToNext: /^[ \n]*$/.test(gap) && (gap.match(/\n/g) ?? []).length <= 1 };
    });
    return referenceMatch(lexicon, words).map((h) => h.term);
  };

  it("on the seeds", () => {
    for (const body of SEEDS) expect(viaEngine(body)).toEqual(viaReference(body));
  });

  it("on random text", () => {
    fc.assert(fc.property(text, (body) => expect(viaEngine(body)).toEqual(viaReference(body))), { numRuns: 300 });
  });
});
