import type { TargetCharts } from "./charts";

/**
 * The home page's answer in one screen: for each target, the two outlets whose naming differs
 * most and the two whose stance differs most, with the names they use. A view model over the
 * chart series (it adds no counting of its own).
 */
export interface NameUse {
  readonly term: string;
  readonly form: string;
  readonly valence: number;
  readonly share: number;
  readonly count: number;
}

export interface OutletNaming {
  readonly outlet: string;
  /** Naming mentions behind the shares. */
  readonly total: number;
  /** The outlet's names for the target, most used first (at most three). */
  readonly names: readonly NameUse[];
}

export interface OutletStance {
  readonly outlet: string;
  readonly mean: number;
  readonly n: number;
}

export interface TargetContrast {
  readonly target: string;
  readonly label: string;
  readonly label_ar: string;
  readonly mentions: number;
  /** The pair of outlets with the largest naming distance (half the sum of share differences, 0..1); null under two outlets that name it. */
  readonly naming: { readonly distance: number; readonly a: OutletNaming; readonly b: OutletNaming } | null;
  /** The most favourable and the most hostile outlet (own voice); null under two outlets with own-voice mentions. */
  readonly stance: { readonly gap: number; readonly high: OutletStance; readonly low: OutletStance } | null;
}

const NAMES_SHOWN = 3;

/** Total variation distance between two outlets' naming shares: 0 same mix of names, 1 no name in common. */
export function namingDistance(a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>): number {
  const terms = new Set([...Object.keys(a), ...Object.keys(b)]);
  let sum = 0;
  for (const term of terms) sum += Math.abs((a[term] ?? 0) - (b[term] ?? 0));
  return Math.round((sum / 2) * 1e4) / 1e4;
}

function namingContrast(chart: TargetCharts): TargetContrast["naming"] {
  const rows = chart.naming.filter((r) => r.total > 0);
  let best: { distance: number; i: number; j: number } | null = null;
  // outlets × outlets: a few dozen outlets at most on one page
  for (let i = 0; i < rows.length; i++) {
    for (let j = i + 1; j < rows.length; j++) {
      const distance = namingDistance(rows[i]!.shares, rows[j]!.shares);
      if (!best || distance > best.distance) best = { distance, i, j };
    }
  }
  if (!best) return null;
  const side = (k: number): OutletNaming => {
    const row = rows[k]!;
    const names = chart.terms
      .filter((term) => (row.counts[term.term] ?? 0) > 0)
      .map((term) => ({ term: term.term, form: term.form, valence: term.valence, share: row.shares[term.term] ?? 0, count: row.counts[term.term] ?? 0 }))
      .sort((x, y) => y.count - x.count || x.term.localeCompare(y.term))
      .slice(0, NAMES_SHOWN);
    return { outlet: row.outlet, total: row.total, names };
  };
  return { distance: best.distance, a: side(best.i), b: side(best.j) };
}

function stanceContrast(chart: TargetCharts): TargetContrast["stance"] {
  const rows = chart.stance.filter((r): r is typeof r & { mean: number } => r.n > 0 && r.mean !== null);
  if (rows.length < 2) return null;
  const byMean = [...rows].sort((x, y) => y.mean - x.mean || y.n - x.n || x.outlet.localeCompare(y.outlet));
  const high = byMean[0]!;
  const low = byMean[byMean.length - 1]!;
  return { gap: Math.round((high.mean - low.mean) * 100) / 100, high: { outlet: high.outlet, mean: high.mean, n: high.n }, low: { outlet: low.outlet, mean: low.mean, n: low.n } };
}

/** Per target, its contrasts; targets where outlets differ most come first (naming distance, then stance gap, then mentions). */
export function targetOverview(charts: readonly TargetCharts[]): TargetContrast[] {
  return charts
    .map((chart) => ({ target: chart.target, label: chart.label, label_ar: chart.label_ar, mentions: chart.mentions, naming: namingContrast(chart), stance: stanceContrast(chart) }))
    .sort(
      (x, y) =>
        (y.naming?.distance ?? 0) - (x.naming?.distance ?? 0) || (y.stance?.gap ?? 0) - (x.stance?.gap ?? 0) || y.mentions - x.mentions || x.target.localeCompare(y.target),
    );
}
