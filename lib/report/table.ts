import type { ArticleResult, OutletScore } from "../analysis/corpus";
import type { Stance } from "../analysis/stance";
import type { CompiledLexicon } from "../lexicon/compile";

/** Plain-text tables for a terminal. */
const fmt = (x: number | null): string => (x === null ? "–" : (x >= 0 ? "+" : "") + x.toFixed(2));

export function stanceText(s: Stance): string {
  if (s.n === 0) return "no own-voice mentions";
  return `${fmt(s.mean)} [${fmt(s.low)}, ${fmt(s.high)}] n=${s.n}`;
}

/**
 * Columns a terminal gives the text: combining marks (Arabic diacritics), zero-width and bidi
 * controls take none, so padding by .length would misalign Arabic rows.
 */
export function displayWidth(text: string): number {
  return [...text.replace(/[\p{M}\u200B-\u200F\u2066-\u2069\uFEFF]/gu, "")].length;
}

/** Rows laid out in columns as wide as their widest cell (by display width), two spaces apart; the last column is not padded. */
export function columns(rows: readonly (readonly string[])[], indent = ""): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, k) => (widths[k] = Math.max(widths[k] ?? 0, displayWidth(cell))));
  return rows.map((row) => indent + row.map((cell, k) => (k === row.length - 1 ? cell : cell + " ".repeat(widths[k]! - displayWidth(cell) + 2))).join("").trimEnd());
}

/** Per outlet, one row per target: mentions, density, stance and the names used (the lexicon's Arabic form, not the entry id). */
export function outletsTable(outlets: readonly OutletScore[], lexicon: CompiledLexicon): string {
  const form = (term: string) => lexicon.entries.get(term)?.forms[0] ?? term;
  const lines: string[] = [];
  for (const o of outlets) {
    lines.push(`${o.outlet}${o.outlet_en ? ` (${o.outlet_en})` : ""}: ${o.articles} article(s), ${o.words} words`);
    const rows = o.targets.map((t) => [
      t.target,
      String(t.mentions),
      t.density.toFixed(2),
      stanceText(t.stance),
      t.naming.map((n) => `${form(n.term)} ${Math.round(n.share * 100)}% (${n.count})`).join("، "),
    ]);
    lines.push(...columns([["target", "mentions", "loaded/1k", "stance (own voice, 95% CI)", "naming"], ...rows], "  "));
    lines.push("");
  }
  return lines.join("\n");
}

/** One article's line of the table. */
export function articleLine({ article, analysis }: ArticleResult): string {
  const voices = { author: 0, quoted: 0, attributed: 0 };
  for (const m of analysis.matches) voices[m.voice]++;
  return `${article.id}  ${article.outlet}  ${analysis.words} words, ${analysis.matches.length} matches (own ${voices.author}, quoted ${voices.quoted}, attributed ${voices.attributed})`;
}
