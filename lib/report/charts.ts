import type { OutletScore } from "../analysis/corpus";
import type { CompiledLexicon } from "../lexicon/compile";

/**
 * Ready-made series for the comparison charts: one chart group per target,
 * one row per outlet, with the counts behind every share.
 */
export interface TermInfo {
  readonly term: string;
  readonly form: string;
  readonly gloss: string;
  readonly valence: number;
  readonly category: string;
}

export interface NamingRow {
  readonly outlet: string;
  /** Mentions by naming entries: the denominator of the shares. */
  readonly total: number;
  readonly shares: Readonly<Record<string, number>>;
  readonly counts: Readonly<Record<string, number>>;
}

export interface StanceRow {
  readonly outlet: string;
  readonly mean: number | null;
  readonly low: number | null;
  readonly high: number | null;
  readonly n: number;
}

export interface DensityRow {
  readonly outlet: string;
  readonly density: number;
  readonly loaded: number;
  readonly mentions: number;
  readonly words: number;
}

export interface TargetCharts {
  readonly target: string;
  readonly label: string;
  readonly label_ar: string;
  /** Naming entries seen for this target, most used first. */
  readonly terms: readonly TermInfo[];
  readonly naming: readonly NamingRow[];
  readonly stance: readonly StanceRow[];
  readonly density: readonly DensityRow[];
  readonly mentions: number;
}

export function termInfo(lexicon: CompiledLexicon, term: string): TermInfo {
  const e = lexicon.entries.get(term);
  return { term, form: e?.forms[0] ?? term, gloss: e?.gloss ?? "", valence: e?.valence ?? 0, category: e?.category ?? "" };
}

/** Chart series per target, for the targets asked for (default: every target some outlet mentions), in lexicon order. */
export function targetCharts(lexicon: CompiledLexicon, outlets: readonly OutletScore[], only: readonly string[] = []): TargetCharts[] {
  const mentioned = new Set(outlets.flatMap((o) => o.targets.map((t) => t.target)));
  const wanted = [...lexicon.targets.keys()].filter((t) => mentioned.has(t) && (only.length === 0 || only.includes(t)));
  return wanted.map((target) => {
    const rows = outlets.map((o) => ({ outlet: o, score: o.targets.find((t) => t.target === target) }));
    const termTotals = new Map<string, number>();
    for (const { score } of rows) for (const n of score?.naming ?? []) termTotals.set(n.term, (termTotals.get(n.term) ?? 0) + n.count);
    const terms = [...termTotals.entries()].sort(([ta, a], [tb, b]) => b - a || ta.localeCompare(tb)).map(([term]) => termInfo(lexicon, term));
    const info = lexicon.targets.get(target)!;
    return {
      target,
      label: info.label,
      label_ar: info.label_ar,
      terms,
      naming: rows.map(({ outlet, score }) => {
        const naming = score?.naming ?? [];
        return {
          outlet: outlet.outlet,
          total: naming.reduce((s, n) => s + n.count, 0),
          shares: Object.fromEntries(naming.map((n) => [n.term, n.share])),
          counts: Object.fromEntries(naming.map((n) => [n.term, n.count])),
        };
      }),
      stance: rows.map(({ outlet, score }) => ({ outlet: outlet.outlet, ...(score?.stance ?? { mean: null, low: null, high: null, n: 0 }) })),
      density: rows.map(({ outlet, score }) => ({
        outlet: outlet.outlet,
        density: score?.density ?? 0,
        loaded: score?.loaded ?? 0,
        mentions: score?.mentions ?? 0,
        words: outlet.words,
      })),
      mentions: rows.reduce((s, r) => s + (r.score?.mentions ?? 0), 0),
    };
  });
}

export interface Heatmap {
  readonly terms: readonly (TermInfo & { readonly target: string })[];
  readonly rows: readonly { readonly outlet: string; readonly counts: readonly number[] }[];
  readonly max: number;
}

/** Outlet × term mention counts for every term some outlet used, grouped by target in lexicon order. */
export function heatmap(lexicon: CompiledLexicon, outlets: readonly OutletScore[], only: readonly string[] = []): Heatmap {
  const counts = new Map<string, Map<string, number>>();
  for (const o of outlets) {
    for (const t of o.targets) {
      if (only.length > 0 && !only.includes(t.target)) continue;
      for (const n of t.naming) {
        let byOutlet = counts.get(n.term);
        if (!byOutlet) counts.set(n.term, (byOutlet = new Map()));
        byOutlet.set(o.outlet, n.count);
      }
    }
  }
  const order = [...lexicon.targets.keys()];
  const terms = [...counts.keys()]
    .map((term) => ({ ...termInfo(lexicon, term), target: lexicon.entries.get(term)?.target ?? "" }))
    .sort((a, b) => order.indexOf(a.target) - order.indexOf(b.target) || a.term.localeCompare(b.term));
  const rows = outlets.map((o) => ({ outlet: o.outlet, counts: terms.map((t) => counts.get(t.term)?.get(o.outlet) ?? 0) }));
  return { terms, rows, max: Math.max(0, ...rows.flatMap((r) => r.counts)) };
}
