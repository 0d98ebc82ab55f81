import fs from "node:fs";
import path from "node:path";
import { diffTexts } from "../../lib/align";
import { collate } from "../../lib/align/collate";
import { alignMonotone } from "../../lib/align/monotone";
import { matrixCandidates } from "../invariants/reference-align";
import { analyzeText } from "../../lib/analysis/analyze-text";
import { parseArticle } from "../../lib/corpus/parse";
import { bundledEngine, ROOT, seed } from "../helpers";

const side = (text: string) => ({ text, analysis: analyzeText(bundledEngine(), text) });
const wire = (name: string) => {
  const file = path.join(ROOT, "tests", "fixtures", "wire", `${name}.md`);
  return parseArticle(fs.readFileSync(file, "utf8"), file).body;
};

describe("monotone alignment", () => {
  it("keeps order and leaves dissimilar sentences unmatched", () => {
    const sim = [
      [0.9, 0.1, 0.0],
      [0.1, 0.05, 0.8],
    ];
    expect(alignMonotone(matrixCandidates(sim), 2, 3)).toEqual([
      { a: 0, b: 0, similarity: 0.9 },
      { a: null, b: 1, similarity: 0 },
      { a: 1, b: 2, similarity: 0.8 },
    ]);
  });

  it("never crosses: a later A sentence cannot match an earlier B one", () => {
    const sim = [
      [0.0, 0.9],
      [0.8, 0.0],
    ];
    const pairs = alignMonotone(matrixCandidates(sim), 2, 2).filter((p) => p.a !== null && p.b !== null);
    expect(pairs).toHaveLength(1);
  });
});

describe("annotated diff of two rewrites of one wire story", () => {
  const a = side(wire("wire-a"));
  const b = side(wire("wire-b"));
  const diff = diffTexts(a, b);

  it("aligns the shared sentences and shows the added and dropped ones alone", () => {
    const aligned = diff.pairs.filter((p) => p.a !== null && p.b !== null);
    expect(aligned.map((p) => [p.a, p.b])).toEqual([
      [0, 0],
      [1, 1],
      [2, 2],
      [3, 4],
    ]);
    expect(diff.pairs.find((p) => p.a === null)).toMatchObject({ b: 3 });
    expect(diff.pairs.find((p) => p.b === null)).toMatchObject({ a: 4 });
  });

  it("finds the ISIS naming swap: تنظيم داعش → تنظيم الدولة الإسلامية", () => {
    const isis = diff.swaps.filter((s) => s.target === "isis");
    expect(isis.map((s) => [s.a.text, s.b.text])).toEqual([
      ["داعش", "تنظيم الدولة"],
      ["تنظيم داعش", "تنظيم الدولة الإسلامية"],
    ]);
    for (const s of isis) {
      expect(a.text.slice(s.a.start, s.a.end)).toBe(s.a.text);
      expect(b.text.slice(s.b.start, s.b.end)).toBe(s.b.text);
    }
  });

  it("does not report a spelling difference (اكد/أكد, الاميركية/الأميركية) as a change", () => {
    const pair = diff.pairs.find((p) => p.a === 3)!;
    const removed = pair.words!.filter((w) => w.kind === "removed").map((w) => a.text.slice(w.a!.start, w.a!.end));
    const added = pair.words!.filter((w) => w.kind === "added").map((w) => b.text.slice(w.b!.start, w.b!.end));
    expect(removed).toEqual([]);
    expect(added).toEqual(["المعترف بها دوليا"]);
  });

  it("finds no swap between a text and itself", () => {
    expect(diffTexts(a, a).swaps).toEqual([]);
  });
});

describe("collation", () => {
  it("gives one row per aligned sentence and one column per text", () => {
    const texts = [wire("wire-a"), wire("wire-b"), seed("003").body].map(side);
    const { rows, diffs } = collate(texts);
    expect(diffs).toHaveLength(2);
    for (const row of rows) expect(row).toHaveLength(3);
    // every sentence of every text appears exactly once
    texts.forEach((t, k) => {
      const seen = rows.map((r) => r[k]).filter((x): x is number => x !== null).sort((x, y) => x - y);
      expect(seen).toEqual(t.analysis.sentences.map((_, i) => i));
    });
    // the wire copy's sentences find their source in the Azzaman article
    expect(rows.filter((r) => r[0] !== null && r[2] !== null).length).toBeGreaterThanOrEqual(3);
  });
});
