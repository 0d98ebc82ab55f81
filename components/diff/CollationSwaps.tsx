import { dict, type Lang } from "@/messages/ui";
import type { Collation } from "@/lib/align/collate";
import type { ArticleView } from "@/lib/report/article-view";
import { rowOfPair } from "./CollationTable";
import { letterOf } from "./SideHeads";
import { SwapSummary } from "./SwapSummary";

/** For each text after the pivot, its framing swaps against the pivot, linking to the collation's rows. */
export function CollationSwaps({ views, collation, lang, prefix = "" }: { views: readonly ArticleView[]; collation: Collation; lang: Lang; prefix?: string }) {
  const t = dict(lang);
  const pivot = views[0]!;
  return (
    <>
      {collation.diffs.map((diff, d) => {
        const k = d + 1;
        const v = views[k]!;
        return (
          <SwapSummary
            key={k}
            swaps={diff.swaps}
            entries={{ ...v.entries, ...pivot.entries }}
            lang={lang}
            headingLevel={3}
            id={`${prefix}swaps-${k}`}
            title={
              <>
                {letterOf(k, lang)} (<bdi lang="ar">{v.outlet}</bdi>): {t.collate.swapsVs(letterOf(0, lang))} (<bdi lang="ar">{pivot.outlet}</bdi>)
              </>
            }
            anchorOf={(pair) => `${prefix}row-${rowOfPair(collation, k, pair)}`}
          />
        );
      })}
    </>
  );
}
