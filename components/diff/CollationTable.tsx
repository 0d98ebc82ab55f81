import { dict, type Lang } from "@/messages/ui";
import type { Collation } from "@/lib/align/collate";
import type { ArticleView } from "@/lib/report/article-view";
import { matchesBySentence } from "./DiffTable";
import { SentenceText, type DiffRun } from "./SentenceText";
import { letterOf } from "./SideHeads";

/** Row of the collation holding pair `pair` of the diff of text k (k ≥ 1) against the pivot. */
export function rowOfPair(collation: Collation, k: number, pair: number): number {
  const p = collation.diffs[k - 1]?.pairs[pair];
  if (!p || p.a === null || p.b === null) return -1;
  return collation.rows.findIndex((row) => row[0] === p.a && row[k] === p.b);
}

/**
 * Three or more texts side by side: one row per aligned sentence, one column
 * per text, the first text the pivot. In the other columns, words the text
 * adds to the pivot's sentence are boxed; loaded terms are marked everywhere,
 * and terms that swap a framing against the pivot are emphasised.
 */
export function CollationTable({ views, collation, lang, prefix = "" }: { views: readonly ArticleView[]; collation: Collation; lang: Lang; prefix?: string }) {
  const t = dict(lang);
  const bySentence = views.map(matchesBySentence);
  // per column, per sentence: the word runs against the pivot and the swapped terms
  const runs = views.map(() => new Map<number, DiffRun[]>());
  const swapped = views.map(() => new Map<number, Set<number>>());
  const mark = (col: number, sentence: number, start: number) => {
    const m = swapped[col]!;
    (m.get(sentence) ?? m.set(sentence, new Set()).get(sentence)!).add(start);
  };
  collation.diffs.forEach((diff, d) => {
    const col = d + 1;
    diff.pairs.forEach((p) => {
      if (p.b === null || p.a === null || !p.words) return;
      runs[col]!.set(
        p.b,
        p.words.flatMap((w) => (w.b ? [{ kind: w.kind, start: w.b.start, end: w.b.end }] : [])),
      );
    });
    for (const s of diff.swaps) {
      const p = diff.pairs[s.pair]!;
      if (p.a !== null) mark(0, p.a, s.a.start);
      if (p.b !== null) mark(col, p.b, s.b.start);
    }
  });
  return (
    <div className="table-scroll">
      <table className="collation" data-testid="collation" style={{ minWidth: `${views.length * 15 + 4}rem` }}>
        <caption className="visually-hidden">{t.collate.title}</caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              {t.collate.row}
            </th>
            {views.map((v, k) => (
              <th scope="col" key={k}>
                {letterOf(k, lang)} ·{" "}
                <bdi lang="ar" className="ar">
                  {v.outlet}
                </bdi>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {collation.rows.map((row, r) => (
            <tr key={r} id={`${prefix}row-${r}`} data-testid="collation-row">
              <th scope="row" className="num">
                {r + 1}
              </th>
              {row.map((sentence, k) =>
                sentence === null ? (
                  <td key={k} className="sentence only-label">
                    —
                  </td>
                ) : (
                  <td key={k} className="sentence" lang="ar" dir="rtl">
                    <SentenceText
                      body={views[k]!.body}
                      span={views[k]!.sentences[sentence]!}
                      runs={k === 0 ? [] : (runs[k]!.get(sentence) ?? []).filter((x) => x.kind === "added")}
                      matches={bySentence[k]![sentence] ?? []}
                      swapped={swapped[k]!.get(sentence)}
                      entries={views[k]!.entries}
                    />
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
