import { dict, type Lang } from "@/messages/ui";
import type { TextDiff } from "@/lib/align";
import type { Match } from "@/lib/analysis/analyze-text";
import type { ArticleView } from "@/lib/report/article-view";
import { SentenceText, type DiffRun } from "./SentenceText";
import { letterOf } from "./SideHeads";

export const matchesBySentence = (view: ArticleView): Match[][] => {
  const out: Match[][] = view.sentences.map(() => []);
  for (const m of view.matches) out[m.sentence]?.push(m);
  return out;
};

const runsOf = (words: TextDiff["pairs"][number]["words"], side: "a" | "b"): DiffRun[] =>
  (words ?? []).flatMap((w) => {
    const r = w[side];
    return r ? [{ kind: w.kind, start: r.start, end: r.end }] : [];
  });

/** Aligned sentences of two texts side by side (A | similarity | B), one row per pair, id="pair-{k}". */
export function DiffTable({ a, b, diff, lang }: { a: ArticleView; b: ArticleView; diff: TextDiff; lang: Lang }) {
  const t = dict(lang).compare;
  const byA = matchesBySentence(a);
  const byB = matchesBySentence(b);
  const swappedA = new Map<number, Set<number>>();
  const swappedB = new Map<number, Set<number>>();
  for (const s of diff.swaps) {
    (swappedA.get(s.pair) ?? swappedA.set(s.pair, new Set()).get(s.pair)!).add(s.a.start);
    (swappedB.get(s.pair) ?? swappedB.set(s.pair, new Set()).get(s.pair)!).add(s.b.start);
  }
  const only = (label: string) => <td className="sentence only-label">{label}</td>;
  return (
    <div className="table-scroll">
      <table className="diff-table" data-testid="diff">
        <caption className="visually-hidden">{t.title}</caption>
        <thead>
          <tr>
            <th scope="col">
              {letterOf(0, lang)} ·{" "}
              <bdi lang="ar" className="ar">
                {a.outlet}
              </bdi>
            </th>
            <th scope="col" className="num">
              {t.similarity}
            </th>
            <th scope="col">
              {letterOf(1, lang)} ·{" "}
              <bdi lang="ar" className="ar">
                {b.outlet}
              </bdi>
            </th>
          </tr>
        </thead>
        <tbody>
          {diff.pairs.map((p, k) => (
            <tr key={k} id={`pair-${k}`} data-testid="pair" data-a={p.a ?? undefined} data-b={p.b ?? undefined} className={p.a === null || p.b === null ? "pair-only" : undefined}>
              {p.a === null ? (
                only(t.onlyB)
              ) : (
                <td className="sentence" lang="ar" dir="rtl">
                  <SentenceText body={a.body} span={a.sentences[p.a]!} runs={runsOf(p.words, "a")} matches={byA[p.a] ?? []} swapped={swappedA.get(k)} entries={a.entries} />
                </td>
              )}
              <td className="num">{p.a !== null && p.b !== null ? `${Math.round(p.similarity * 100)}%` : "—"}</td>
              {p.b === null ? (
                only(t.onlyA)
              ) : (
                <td className="sentence" lang="ar" dir="rtl">
                  <SentenceText body={b.body} span={b.sentences[p.b]!} runs={runsOf(p.words, "b")} matches={byB[p.b] ?? []} swapped={swappedB.get(k)} entries={b.entries} />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
