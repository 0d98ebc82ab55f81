import type { ArticleResult } from "../../analysis/corpus";
import type { Engine } from "../../analysis/engine";
import { discoverForTarget, discoveryTexts, kwicLine, type Candidate } from "../../discovery";

/** A discovery candidate as the report prints it: its spellings as written and its lines in context. */
export interface ReportCandidate extends Omit<Candidate, "kwic"> {
  readonly kwic: readonly string[];
}

export interface TargetCandidates {
  readonly target: string;
  readonly label: string;
  readonly outlets: readonly { readonly outlet: string; readonly candidates: readonly ReportCandidate[] }[];
}

/**
 * The report's candidates: for each target the report covers, lib/discovery's
 * ranking (the same as `adasa discover` and /discover), keeping only outlets
 * with a candidate. Rejected candidates are the caller's to pass.
 */
export function reportCandidates(engine: Engine, results: readonly ArticleResult[], targets: readonly string[], options: { top: number; rejected?: (target: string) => ReadonlySet<string> }): TargetCandidates[] {
  const texts = discoveryTexts(results);
  const bodies = new Map(texts.map((t) => [t.id, t.body]));
  return targets.flatMap((target) => {
    const { outlets } = discoverForTarget(engine.lexicon.lexicon, texts, { target, top: options.top, rejected: options.rejected?.(target) });
    const withCandidates = outlets
      .filter((o) => o.candidates.length > 0)
      .map((o) => ({ outlet: o.outlet, candidates: o.candidates.map((c) => ({ ...c, kwic: c.kwic.map((k) => kwicLine(bodies.get(k.article) ?? "", k)) })) }));
    return withCandidates.length > 0 ? [{ target, label: engine.lexicon.targets.get(target)?.label ?? target, outlets: withCandidates }] : [];
  });
}
