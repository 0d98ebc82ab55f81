import { stringify } from "csv-stringify/sync";
import type { FramingReport } from "./model";

/**
 * The report's numbers as one long CSV for spreadsheets: one row per
 * (section, outlet, target, term) with the statistics of that section.
 */
export const REPORT_CSV_COLUMNS = ["section", "outlet", "target", "term", "count", "share", "total", "mean", "low", "high", "n", "density", "loaded", "words", "g2", "p", "candidate", "period"] as const;

type CsvValues = Partial<Record<(typeof REPORT_CSV_COLUMNS)[number], unknown>>;

function* csvValues(r: FramingReport): Generator<CsvValues> {
  for (const t of r.targets) {
    for (const [k, n] of t.naming.entries()) {
      for (const term of t.terms) if (n.counts[term.term]) yield { section: "naming", outlet: n.outlet, target: t.target, term: term.term, count: n.counts[term.term], share: n.shares[term.term], total: n.total };
      const s = t.stance[k]!;
      yield { section: "stance", outlet: s.outlet, target: t.target, mean: s.mean, low: s.low, high: s.high, n: s.n };
      const d = t.density[k]!;
      yield { section: "density", outlet: d.outlet, target: t.target, density: d.density, loaded: d.loaded, count: d.mentions, words: d.words };
    }
  }
  for (const k of r.keyness) for (const w of k.words) yield { section: "keyness", outlet: k.outlet, term: w.word, g2: w.g2, p: w.p, count: w.target, total: w.reference, candidate: w.candidate };
  for (const t of r.time?.timelines ?? []) {
    for (const s of t.series) {
      for (const p of s.points) {
        yield { section: "time", outlet: s.outlet, target: t.target, period: p.period, total: p.articles, words: p.words, count: p.mentions, density: p.density, share: p.share, n: p.mentioning };
        for (const n of p.naming) yield { section: "time-naming", outlet: s.outlet, target: t.target, period: p.period, term: n.term, count: n.count, share: n.share };
      }
    }
  }
  for (const t of r.candidates) for (const o of t.outlets) for (const c of o.candidates) yield { section: "candidates", outlet: o.outlet, target: t.target, term: c.spellings[0]!.text, count: c.count, total: c.elsewhere, g2: c.g2, p: c.p, candidate: true };
}

/** Rows stringified together: csv-stringify sets itself up per call, and ends every record with its line break, so batches concatenate to the text of one call. */
const BATCH_ROWS = 1_000;
const csvText = (rows: unknown[][]) => stringify(rows, { cast: { boolean: (v) => String(v) } });

export async function* reportCsv(r: FramingReport): AsyncGenerator<string> {
  let rows: unknown[][] = [[...REPORT_CSV_COLUMNS]];
  for (const values of csvValues(r)) {
    rows.push(REPORT_CSV_COLUMNS.map((c) => values[c] ?? ""));
    if (rows.length < BATCH_ROWS) continue;
    yield csvText(rows);
    rows = [];
  }
  if (rows.length > 0) yield csvText(rows);
}
