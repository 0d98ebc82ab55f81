import type { ArticleResult } from "../../analysis/corpus";
import type { Engine } from "../../analysis/engine";
import { CandidateFold, discoveryTexts, kwicLine, nameEngine, textTokens, type Candidate } from "../../discovery";

/** A discovery candidate as the report prints it: its spellings as written and its lines in context. */
export type ReportCandidate = Candidate<string>;

export interface TargetCandidates {
  readonly target: string;
  readonly label: string;
  readonly outlets: readonly { readonly outlet: string; readonly candidates: readonly ReportCandidate[] }[];
}

/**
 * The report's candidates: for each target the report may cover, lib/discovery's
 * ranking (the same as `adasa discover` and /discover), folded one article at
 * a time with each example's line in context taken while its body is at hand.
 * Which targets the report covers is known only at the end, so every target it
 * may cover is mined. Rejected candidates are the caller's to pass.
 */
export class ReportCandidates {
  private readonly folds: Map<string, CandidateFold<string>>;

  constructor(
    private readonly engine: Engine,
    targets: readonly string[],
    options: { top: number; rejected?: (target: string) => ReadonlySet<string> },
  ) {
    const lexicon = engine.lexicon.lexicon;
    this.folds = new Map(
      targets.map((target) => [
        target,
        new CandidateFold<string>({ target, top: options.top, rejected: options.rejected?.(target), names: nameEngine(lexicon, target) }, (text, o) => kwicLine(text.body, o)),
      ]),
    );
  }

  add(result: Pick<ArticleResult, "article" | "analysis">): void {
    const [text] = discoveryTexts([result]);
    const tokens = textTokens(result.article.body);
    for (const fold of this.folds.values()) fold.add(text!, tokens);
  }

  /** The given targets' candidates, keeping only outlets with a candidate. */
  candidates(targets: readonly string[]): TargetCandidates[] {
    return targets.flatMap((target) => {
      const withCandidates = (this.folds.get(target)?.candidates() ?? []).filter((o) => o.candidates.length > 0).map((o) => ({ outlet: o.outlet, candidates: o.candidates }));
      return withCandidates.length > 0 ? [{ target, label: this.engine.lexicon.targets.get(target)?.label ?? target, outlets: withCandidates }] : [];
    });
  }
}
