import type { ArticleResult, OutletScore } from "../analysis/corpus";
import type { Stance } from "../analysis/stance";

/** Plain-text tables for a terminal. */
const fmt = (x: number | null): string => (x === null ? "–" : (x >= 0 ? "+" : "") + x.toFixed(2));

export function stanceText(s: Stance): string {
  if (s.n === 0) return "no own-voice mentions";
  return `${fmt(s.mean)} [${fmt(s.low)}, ${fmt(s.high)}] n=${s.n}`;
}

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + " ".repeat(width - text.length);
}

export function outletsTable(outlets: readonly OutletScore[]): string {
  const lines: string[] = [];
  for (const o of outlets) {
    lines.push(`${o.outlet}${o.outlet_en ? ` (${o.outlet_en})` : ""}: ${o.articles} article(s), ${o.words} words`);
    lines.push(`  ${pad("target", 20)}${pad("mentions", 10)}${pad("loaded/1k", 11)}${pad("stance (own voice, 95% CI)", 34)}naming`);
    for (const t of o.targets) {
      const naming = t.naming.map((n) => `${n.term} ${Math.round(n.share * 100)}% (${n.count})`).join(", ");
      lines.push(`  ${pad(t.target, 20)}${pad(String(t.mentions), 10)}${pad(t.density.toFixed(2), 11)}${pad(stanceText(t.stance), 34)}${naming}`);
    }
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
