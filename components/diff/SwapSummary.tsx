import type { ReactNode } from "react";
import { dict, dirOf, type Lang } from "@/messages/ui";
import type { Swap } from "@/lib/align";
import type { EntryView } from "@/lib/report/article-view";
import { valenceIcon } from "../valence";

interface SwapSummaryProps {
  readonly swaps: readonly Swap[];
  readonly entries: Readonly<Record<string, EntryView>>;
  readonly lang: Lang;
  /** The in-page anchor of the row holding a pair. */
  readonly anchorOf: (pair: number) => string;
  readonly title?: ReactNode;
  readonly headingLevel?: 2 | 3;
  /** Unique on the page: names the section's landmark. */
  readonly id?: string;
}

/** Where one text names a target with one term and the other with another, each linking to its row. */
export function SwapSummary({ swaps, entries, lang, anchorOf, title, headingLevel = 2, id = "swaps" }: SwapSummaryProps) {
  const t = dict(lang);
  const H = headingLevel === 2 ? "h2" : "h3";
  const arrow = dirOf(lang) === "rtl" ? "←" : "→";
  return (
    <section className="swap-summary" data-testid="swap-summary" aria-labelledby={`${id}-h`}>
      <H id={`${id}-h`}>{title ?? t.compare.swaps}</H>
      <p className="hint">{t.compare.swapsDesc}</p>
      {swaps.length === 0 ? (
        <p className="empty">{t.compare.noSwaps}</p>
      ) : (
        <ol className="swap-list">
          {swaps.map((s, k) => {
            const e = entries[s.a.term] ?? entries[s.b.term];
            return (
              <li key={k} data-testid="swap" data-target={s.target} data-a-term={s.a.term} data-b-term={s.b.term} data-pair={s.pair}>
                <a href={`#${anchorOf(s.pair)}`}>
                  <bdi lang="ar" dir="rtl" className="ar">
                    {s.a.text}
                  </bdi>{" "}
                  <span aria-hidden="true">{valenceIcon(s.a.valence)}</span> {arrow}{" "}
                  <bdi lang="ar" dir="rtl" className="ar">
                    {s.b.text}
                  </bdi>{" "}
                  <span aria-hidden="true">{valenceIcon(s.b.valence)}</span>
                </a>{" "}
                <span className="gloss">· {e ? (lang === "ar" ? e.targetLabelAr : e.targetLabel) : s.target}</span>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
