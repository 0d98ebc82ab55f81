import type { Timeline } from "../store/types";

/** The time series as plain text for a terminal: one block per outlet, one line per period. */
export function timelineTable(t: Timeline): string {
  const lines = [`${t.target}, by ${t.interval}`];
  for (const s of t.series) {
    lines.push("", s.outlet, "  period      articles  words     mentions  per 1k  share   naming");
    for (const p of s.points) {
      const naming = p.naming.map((n) => `${n.term} ${Math.round(n.share * 100)}%`).join(", ");
      lines.push(
        `  ${p.period.padEnd(12)}${String(p.articles).padEnd(10)}${String(p.words).padEnd(10)}${String(p.mentions).padEnd(10)}${p.density.toFixed(2).padEnd(8)}${`${Math.round(p.share * 100)}%`.padEnd(8)}${naming}`,
      );
    }
  }
  return `${lines.join("\n")}\n`;
}
