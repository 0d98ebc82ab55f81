import { stringify } from "csv-stringify/sync";
import type { FramingReport } from "./model";

/**
 * The report's numbers as one long CSV for spreadsheets: one row per
 * (section, outlet, target, term) with the statistics of that section.
 */
export const REPORT_CSV_COLUMNS = ["section", "outlet", "target", "term", "count", "share", "total", "mean", "low", "high", "n", "density", "loaded", "words", "g2", "p", "candidate", "period"] as const;

export function reportCsv(r: FramingReport): string {
  const rows: unknown[][] = [];
  const push = (values: Partial<Record<(typeof REPORT_CSV_COLUMNS)[number], unknown>>) => rows.push(REPORT_CSV_COLUMNS.map((c) => values[c] ?? ""));
  for (const t of r.targets) {
    t.naming.forEach((n, k) => {
      for (const term of t.terms) if (n.counts[term.term]) push({ section: "naming", outlet: n.outlet, target: t.target, term: term.term, count: n.counts[term.term], share: n.shares[term.term], total: n.total });
      const s = t.stance[k]!;
      push({ section: "stance", outlet: s.outlet, target: t.target, mean: s.mean, low: s.low, high: s.high, n: s.n });
      const d = t.density[k]!;
      push({ section: "density", outlet: d.outlet, target: t.target, density: d.density, loaded: d.loaded, count: d.mentions, words: d.words });
    });
  }
  for (const k of r.keyness) for (const w of k.words) push({ section: "keyness", outlet: k.outlet, term: w.word, g2: w.g2, p: w.p, count: w.target, total: w.reference, candidate: w.candidate });
  for (const t of r.time?.timelines ?? []) {
    for (const s of t.series) {
      for (const p of s.points) {
        push({ section: "time", outlet: s.outlet, target: t.target, period: p.period, total: p.articles, words: p.words, count: p.mentions, density: p.density, share: p.share, n: p.mentioning });
        for (const n of p.naming) push({ section: "time-naming", outlet: s.outlet, target: t.target, period: p.period, term: n.term, count: n.count, share: n.share });
      }
    }
  }
  for (const t of r.candidates) for (const o of t.outlets) for (const c of o.candidates) push({ section: "candidates", outlet: o.outlet, target: t.target, term: c.spellings[0]!.text, count: c.count, total: c.elsewhere, g2: c.g2, p: c.p, candidate: true });
  return stringify([[...REPORT_CSV_COLUMNS], ...rows], { cast: { boolean: (v) => String(v) } });
}
