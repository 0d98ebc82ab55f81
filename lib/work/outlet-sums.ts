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
      const sum = o.targets.get(c.target);
      // the first article's counts start the sum as a copy: the article's own object stays as it is
      if (sum) addCounts(sum, c);
      else o.targets.set(c.target, structuredClone(c));
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
