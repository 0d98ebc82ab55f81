import type { TextDiff } from "../align";
import type { TextAnalysis } from "../analysis/analyze-text";

interface Side {
  readonly label: string;
  readonly text: string;
  readonly analysis: TextAnalysis;
}

const sentenceText = (side: Side, i: number) => {
  const s = side.analysis.sentences[i]!;
  return side.text.slice(s.start, s.end).replace(/\s+/g, " ");
};

/** The diff for a terminal: the swaps first, then the alignment row by row. */
export function diffText(a: Side, b: Side, diff: TextDiff): string {
  const lines = [`A: ${a.label}`, `B: ${b.label}`, ""];
  lines.push(diff.swaps.length ? `Framing swaps (${diff.swaps.length}):` : "No framing swaps.");
  for (const s of diff.swaps) {
    const p = diff.pairs[s.pair]!;
    lines.push(`  [${s.target}] A «${s.a.text}» (${s.a.term}, ${s.a.valence >= 0 ? "+" : ""}${s.a.valence}) → B «${s.b.text}» (${s.b.term}, ${s.b.valence >= 0 ? "+" : ""}${s.b.valence})   sentences A${p.a} ↔ B${p.b}`);
  }
  lines.push("", "Alignment:");
  for (const p of diff.pairs) {
    if (p.a !== null && p.b !== null) {
      lines.push(`  A${p.a} ↔ B${p.b}  similarity ${p.similarity.toFixed(2)}`, `    A: ${sentenceText(a, p.a)}`, `    B: ${sentenceText(b, p.b)}`);
    } else if (p.a !== null) {
      lines.push(`  A${p.a} only in A: ${sentenceText(a, p.a)}`);
    } else if (p.b !== null) {
      lines.push(`  B${p.b} only in B: ${sentenceText(b, p.b)}`);
    }
  }
  return `${lines.join("\n")}\n`;
}
