import type { OutletScore } from "../analysis/corpus";
import type { Engine } from "../analysis/engine";
import { scoreOutletCounts } from "../analysis/outlets";
import type { ScoreOptions, TargetCounts } from "../analysis/tally";
import { VOICES } from "../voice";

/** Adds `from` into `into`: every field is a count, so sums over articles are the counts of the group. */
function addCounts(into: TargetCounts, from: TargetCounts): void {
  into.mentions.all += from.mentions.all;
  into.mentions.own += from.mentions.own;
  into.loaded.all += from.loaded.all;
  into.loaded.own += from.loaded.own;
  into.stanceSum += from.stanceSum;
  into.stanceN += from.stanceN;
  into.scareQuoted += from.scareQuoted;
  for (const v of VOICES) into.voices[v] += from.voices[v];
  for (const [term, n] of from.naming) {
    const sum = into.naming.get(term);
    if (sum) {
      sum.all += n.all;
      sum.own += n.own;
    } else into.naming.set(term, { ...n });
  }
}

const zero = (target: string): TargetCounts => ({
  target,
  mentions: { all: 0, own: 0 },
  loaded: { all: 0, own: 0 },
  stanceSum: 0,
  stanceN: 0,
  scareQuoted: 0,
  voices: Object.fromEntries(VOICES.map((v) => [v, 0])) as TargetCounts["voices"],
  naming: new Map(),
});

interface OutletSum {
  outlet_en: string | null;
  articles: number;
  words: number;
  readonly targets: Map<string, TargetCounts>;
}

/**
 * Per-outlet totals summed from each article's counts, which is what a
 * worker thread sends back instead of the whole analysis; the scores equal
 * OutletTallies' over the same articles (integer sums, in any order).
 */
export class OutletSums {
  private readonly outlets = new Map<string, OutletSum>();

  add(article: { readonly outlet: string; readonly outletEn: string | null; readonly words: number; readonly counts: readonly TargetCounts[] }): void {
    let o = this.outlets.get(article.outlet);
    if (!o) this.outlets.set(article.outlet, (o = { outlet_en: null, articles: 0, words: 0, targets: new Map() }));
    o.outlet_en ??= article.outletEn;
    o.articles += 1;
    o.words += article.words;
    for (const c of article.counts) {
      let sum = o.targets.get(c.target);
      if (!sum) o.targets.set(c.target, (sum = zero(c.target)));
      addCounts(sum, c);
    }
  }

  /** Outlets sorted by name, as OutletTallies sorts them. */
  scores(engine: Engine, options: ScoreOptions): OutletScore[] {
    const outlets = [...this.outlets.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([outlet, o]) => ({ outlet, outlet_en: o.outlet_en, articles: o.articles, words: o.words, targets: [...o.targets.values()] }));
    return scoreOutletCounts(engine, outlets, options);
  }
}
